/**
 * The word people read for a run's state. The engine knows only running,
 * converged and diverged; people also need to tell a run that has not started
 * from one that is playing or paused, and a stall on a plateau from the bottom.
 */
import type { Status } from '../engine';

/** The words, in the order a run usually meets them. */
export const STATUS_WORDS = ['ready', 'playing', 'paused', 'converged', 'stalled', 'diverged'] as const;
/** One of the words. */
export type StatusWord = (typeof STATUS_WORDS)[number];

/** What the word is made from: the engine's status and stall flag, the step count, and whether the run plays. */
export interface StatusInput {
  status: Status;
  stalled: boolean;
  step: number;
  playing: boolean;
}

/**
 * The word for a run: an ended run says how it ended (diverged; stalled or
 * converged); a running one is playing, else ready at step 0 and paused after it.
 */
export function statusWord({ status, stalled, step, playing }: StatusInput): StatusWord {
  if (status === 'diverged') return 'diverged';
  if (status === 'converged') return stalled ? 'stalled' : 'converged';
  if (playing) return 'playing';
  return step === 0 ? 'ready' : 'paused';
}
