/**
 * The one animation loop: while playing, each frame asks the store for as many
 * steps as the speed calls for, at most what fits a few milliseconds of work, so
 * a large problem slows the run down rather than the page.
 */
import { useEffect } from 'react';
import type { AppStore } from '../store';

/** Main-thread milliseconds the loop may spend stepping in one frame. */
export const FRAME_BUDGET_MS = 6;

/** Runs the play loop for `store` while its `playing` flag is set. */
export function usePlayLoop(store: AppStore): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    let owed = 0;
    let msPerStep = 0.01;
    const tick = (now: number) => {
      const s = store.getState();
      if (!s.playing) return;
      const dt = last ? Math.min(250, now - last) : 0;
      last = now;
      owed += (dt / 1000) * s.speed;
      const cap = Math.max(1, Math.floor(FRAME_BUDGET_MS / msPerStep));
      const want = Math.min(Math.floor(owed), cap);
      if (want > 0) {
        const t0 = performance.now();
        const taken = s.step(want);
        const spent = performance.now() - t0;
        if (taken > 0) msPerStep = 0.8 * msPerStep + (0.2 * spent) / taken;
        owed = Math.min(owed - want, s.speed);
      }
      frame = requestAnimationFrame(tick);
    };
    const start = () => {
      cancelAnimationFrame(frame);
      last = 0;
      owed = 1; // the first step comes at once, so Play answers immediately
      frame = requestAnimationFrame(tick);
    };
    if (store.getState().playing) start();
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) start();
      if (!s.playing) cancelAnimationFrame(frame);
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
}
