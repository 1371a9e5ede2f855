/**
 * Rewind: the run rebuilt exactly at an earlier step k by replaying it from its start
 * (same problem, options, seed and starting weights) — from the newest checkpoint at or
 * before k, so at most a few milliseconds of steps are replayed. The history is cut at k
 * and stepping on goes on from there. A run whose η changed mid-run cannot be replayed.
 */
import { createRunner, cutHistory, lastRecentStep, recordRecent, restoreRunner, takeStep, takeSteps } from '../../engine';
import { checkpointBefore } from '../checkpoints';
import { rearm } from '../challenge';
import { rewindRacers } from '../race';
import { takeSnapshot } from '../snapshot';
import type { AppState } from '../types';

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

/** Why a run cannot be rewound, as its notice says. */
export const NOT_REPLAYABLE =
  'This run cannot be rewound: η changed during it, so replaying it from its start would not retrace it. Reset (r) starts a run that can be.';

/**
 * Rebuilds the run at step `k` (0 ≤ k ≤ the steps taken) and pauses it. Returns false,
 * changing nothing, for a step out of range, or (with a notice) when the run is not replayable.
 */
export function rewindRun(get: Get, set: Set, k: number): boolean {
  const s = get();
  const { runner, history } = s;
  if (!Number.isInteger(k) || k < 0 || k > Math.max(s.stepsTaken, runner.step)) return false;
  if (k === runner.step) return true;
  if (!s.replayable) {
    s.notify(NOT_REPLAYABLE, 'warning');
    return false;
  }
  const r = createRunner(runner.problem, s.runStart, runner.opts);
  // The last steps are kept for the history's exact ring (the trail of the latest updates), so the
  // replay starts from a checkpoint at least a ring below k.
  const ringSize = history.recentCapacity;
  const c = checkpointBefore(s.checkpoints, Math.max(0, k - ringSize));
  if (c) restoreRunner(r, c);
  takeSteps(r, Math.max(0, k - ringSize - r.step));
  const tail: { step: number; E: number; w: Float64Array }[] = [];
  while (r.step < k && takeStep(r)) tail.push({ step: r.step, E: r.E, w: Float64Array.from(r.w) });
  if (r.step !== k) {
    // The engine is deterministic, so this means the run was changed in a way not recorded.
    s.notify(`The run could not be rebuilt at step ${k} (the replay stopped at step ${r.step}); it is kept as it was.`, 'error');
    return false;
  }
  cutHistory(history, k);
  // The racers go back with it, each to step k (or where it stopped before), and a finish after k is undone.
  rewindRacers(s.racers, s.runStart, k);
  const finishedAt = s.finishedAt.map((f) => (f !== null && f > k ? null : f));
  const last = lastRecentStep(history);
  for (const p of tail) if (p.step > last) recordRecent(history, p.step, p.E, p.w);
  const snapshot = takeSnapshot(r);
  // The furthest step stays reachable (steps taken since the last commit while playing included), and a
  // challenge decided after step k is open again: stepping on from k decides it anew.
  const decidedLater = s.challenge !== null && ((s.challenge.metAt !== null && s.challenge.metAt > k) || (s.challenge.endE !== null && k < (s.challenge.within ?? Infinity)));
  set({
    runner: r,
    snapshot,
    stage: 0,
    playing: false,
    finishedAt,
    stepsTaken: Math.max(s.stepsTaken, runner.step),
    ...(decidedLater ? { challenge: rearm(s.challenge) } : {}),
  });
  get().frames.publish(snapshot);
  return true;
}
