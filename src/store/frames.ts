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
}

/** A channel starting at `first`. */
export function createFrameChannel(first: RunSnapshot): FrameChannel {
  const listeners = new Set<FrameListener>();
  let current = first;
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
  };
}
