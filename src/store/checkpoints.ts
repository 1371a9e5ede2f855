/**
 * The checkpoints of the current run, so a rewind replays at most a few
 * milliseconds of steps: one copy of the runner every `interval` steps (fewer on a
 * costly problem), at most CHECKPOINT_CAPACITY of them — when full, every other one is
 * dropped and the interval doubles, as the history thins. The engine is deterministic,
 * so a checkpoint stays true of the run after a rewind (stepping on retraces it).
 */
import { checkpointRunner, type Runner, type RunnerCheckpoint } from '../engine';

/** Most checkpoints kept. */
export const CHECKPOINT_CAPACITY = 128;
/** Most steps between two checkpoints. */
export const CHECKPOINT_MAX_INTERVAL = 1000;
/** Work (records × weights × steps) between two checkpoints: a few milliseconds of replay. */
export const CHECKPOINT_COST = 2_000_000;

/** The checkpoints of one run, oldest first (mutable, not React state: read by the rewind only). */
export interface CheckpointLog {
  interval: number;
  readonly items: RunnerCheckpoint[];
}

/** An empty log for a run of `records` records and `weights` weights. */
export function createCheckpointLog(records: number, weights: number): CheckpointLog {
  const interval = Math.max(1, Math.min(CHECKPOINT_MAX_INTERVAL, Math.floor(CHECKPOINT_COST / Math.max(1, records * weights))));
  return { interval, items: [] };
}

/** Keeps a checkpoint of `r` when its step is due one and is past the newest kept. Call after every step. */
export function noteCheckpoint(log: CheckpointLog, r: Runner): void {
  if (r.step === 0 || r.step % log.interval !== 0) return;
  const { items } = log;
  if (items.length > 0 && items[items.length - 1].step >= r.step) return;
  if (items.length >= CHECKPOINT_CAPACITY) {
    log.interval *= 2;
    let out = 0;
    for (const c of items) if (c.step % log.interval === 0) items[out++] = c;
    items.length = out;
    if (r.step % log.interval !== 0) return;
  }
  items.push(checkpointRunner(r));
}

/** The newest checkpoint at or before step `step`, or null (then the run's start is the nearest). */
export function checkpointBefore(log: CheckpointLog, step: number): RunnerCheckpoint | null {
  let best: RunnerCheckpoint | null = null;
  for (const c of log.items) {
    if (c.step > step) break;
    best = c;
  }
  return best;
}
