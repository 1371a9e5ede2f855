/**
 * The one animation loop (vanilla, no React): while the store's `playing` flag is
 * set, each frame asks the store for the steps the speed calls for, within a few
 * milliseconds of stepping, so a large problem slows the run down rather than the
 * page.
 */
import type { AppStore } from './store';

/**
 * Main-thread milliseconds the loop may spend stepping in one frame. The frame's
 * whole budget is 4 ms, and Chromium's own rendering of a frame takes about 2.5 of
 * them on a 2-core machine (bench:play traces): stepping gets 1 ms, so a large
 * problem slows the run down rather than the page (at N = 10,000 records a frame
 * then costs ×1.3 what it costs at N = 1,000, against ×1.8 with 2 ms).
 */
export const FRAME_BUDGET_MS = 1;

/** Runs the play loop for `store` whenever its `playing` flag is set; returns the function that stops it. */
export function startPlayLoop(store: AppStore): () => void {
  let frame = 0;
  let last = 0;
  let owed = 0;
  const tick = (now: number) => {
    const s = store.getState();
    if (!s.playing) return;
    const dt = last ? Math.min(250, now - last) : 0;
    last = now;
    owed += (dt / 1000) * s.speed;
    const want = Math.floor(owed);
    if (want > 0) {
      const taken = s.step(want, FRAME_BUDGET_MS);
      // Steps the budget could not fit are dropped, not queued: falling behind must not snowball.
      owed = Math.min(owed - taken, 1);
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
}
