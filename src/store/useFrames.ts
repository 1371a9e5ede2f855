/**
 * `useFrames(listener)`: calls `listener` with every frame's snapshot from the
 * store's per-frame channel (frames.ts), without rendering. The listener writes
 * attributes and text through refs; it is re-read on each render, so it always
 * sees the component's latest scales.
 */
import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from './context';
import type { FrameListener } from './frames';

/** Follows the per-frame channel of the store in context. */
export function useFrames(listener: FrameListener): void {
  const store = useAppStore();
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useLayoutEffect(() => store.getState().frames.subscribe((snap) => latest.current(snap)), [store]);
}
