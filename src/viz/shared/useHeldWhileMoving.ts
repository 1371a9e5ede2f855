/**
 * A value that a plot receives between renders (a new grid from the worker, a
 * curve): shown at once while the run is still, but while it moves (playing, or a
 * link's steps) kept until the plot's next render, which the store's snapshot
 * brings a few times a second. So a delivery never costs a React commit of its
 * own while the frames are busy, and the plot redraws once for both.
 */
import { useReducer, useRef } from 'react';
import { runMoving, useAppStore } from '../../store';

/** The latest value and the function that sets it. */
export function useHeldWhileMoving<T>(initial: T): [value: T, set: (v: T) => void] {
  const store = useAppStore();
  const latest = useRef(initial);
  const [, render] = useReducer((n: number) => n + 1, 0);
  const set = useRef((v: T) => {
    latest.current = v;
    if (!runMoving(store.getState())) render();
  }).current;
  return [latest.current, set];
}
