/**
 * The per-frame channel (DESIGN §2): while a run plays, every frame's snapshot
 * is published here, and the moving marks and live numbers subscribe to it
 * transiently (writing attributes and text through refs), while the store's
 * React-facing `snapshot` changes only a few times a second. The channel is a
 * plain object made once per store, so selecting it never re-renders anything.
 */
import type { RunSnapshot } from './snapshot';

/** A listener for each frame's snapshot. */
export type FrameListener = (snap: RunSnapshot) => void;

/** The newest snapshot and the listeners that follow it. */
export interface FrameChannel {
  /** The newest snapshot: what the next Step would apply, as of the last frame. */
  readonly current: RunSnapshot;
  /** Sends `snap` to every listener (in the order they subscribed). */
  publish(snap: RunSnapshot): void;
  /** Calls `fn` with every published snapshot until the returned function is called. */
  subscribe(fn: FrameListener): () => void;
  /**
   * True when texts people read (live numbers, labels) change in the frame of
   * `snap`, for every listener in the same frame: every step of a slow run (one
   * step since the texts last changed, at least STEP_TEXT_MS after), else at most
   * every TEXT_INTERVAL_MS. A fast run's numbers are a blur at any rate; each change
   * costs its panel a text layout and a paint, and the run slice commits React's
   * snapshot in these same frames, so few frames carry the heavier work.
   */
  textDue(snap: RunSnapshot): boolean;
}

/** Least milliseconds between two changes of the texts that follow a fast run. */
export const TEXT_INTERVAL_MS = 500;
/** Least milliseconds between two changes of the texts of a slow run (one step at a time). */
export const STEP_TEXT_MS = 100;

/** A channel starting at `first`. */
export function createFrameChannel(first: RunSnapshot): FrameChannel {
  const listeners = new Set<FrameListener>();
  let current = first;
  let textSnap: RunSnapshot | null = null;
  let textAt = -Infinity;
  let textStep = -Infinity;
  return {
    get current() {
      return current;
    },
    publish(snap) {
      current = snap;
      for (const fn of listeners) {
        // A mark that fails must not stop the run (or the other marks): it is reported instead.
        try {
          fn(snap);
        } catch (e) {
          console.error('Error Bowl: a moving mark failed', e);
        }
      }
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    textDue(snap) {
      if (snap === textSnap) return true;
      const now = performance.now();
      const oneStep = Math.abs(snap.step - textStep) <= 1;
      if (now - textAt < (oneStep ? STEP_TEXT_MS : TEXT_INTERVAL_MS)) return false;
      textSnap = snap;
      textAt = now;
      textStep = snap.step;
      return true;
    },
  };
}
