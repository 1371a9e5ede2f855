/**
 * Where slices combine: any change to the problem, activation, loss, mode, optimizer, η
 * after a divergence, or the starting weights begins a new run. This is the one
 * place that builds a runner, and it refuses a start where E is not finite
 * (numbers so large that E overflows), keeping the previous state whole.
 */
import { clearHistory, createHistory, createRunner, recordHistory, type History } from '../../engine';
import { rearm } from '../challenge';
import { finishesAt, startRacers, type RaceRun } from '../race';
import { createCheckpointLog } from '../checkpoints';
import { takeSnapshot } from '../snapshot';
import type { AppData, AppState } from '../types';

/** Seed of the stochastic and mini-batch shuffles (fixed, so a shared link replays exactly). */
export const SHUFFLE_SEED = 1;

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

/** The settings a run is made from. */
type RunSettings = Pick<AppData, 'problem' | 'activation' | 'loss' | 'mode' | 'batchSize' | 'eta'> & Partial<Pick<AppData, 'optimizer' | 'optimizerParams'>>;

/** What a new run sets in the store. */
export type RunStart = Pick<AppData, 'runner' | 'history' | 'snapshot' | 'stage' | 'runStart' | 'replayable' | 'checkpoints' | 'stepsTaken'>;

/**
 * A new run of `s` from weights `w`, or null when E is not finite there. Reuses
 * `old` history buffers when they fit (cleared), so restarts allocate nothing big.
 */
export function startRun(s: RunSettings, w: readonly number[], old: History | null): RunStart | null {
  const runner = createRunner(s.problem, w, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: s.eta,
    optimizer: s.optimizer ?? 'gd',
    optimizerParams: s.optimizerParams ?? {},
    shuffle: true,
    seed: SHUFFLE_SEED,
  });
  if (!Number.isFinite(runner.E)) return null;
  const dims = s.problem.k * s.problem.d;
  const history = old && old.dims === dims ? old : createHistory(dims);
  clearHistory(history);
  recordHistory(history, 0, runner.E, runner.w);
  const checkpoints = createCheckpointLog(s.problem.N, dims);
  return { runner, history, snapshot: takeSnapshot(runner), stage: 0, runStart: [...w], replayable: true, checkpoints, stepsTaken: 0 };
}

/**
 * Applies `patch` (settings, problem, w0 …) and starts a new run from weights `w`, and the
 * race's other runs (`runs`, else the racers' own) from the same weights.
 * Returns false, with a notice naming `what`, when E would not be finite there;
 * nothing is changed then.
 */
export function restart(get: Get, set: Set, patch: Partial<AppState>, w: readonly number[], what: string, runs?: readonly RaceRun[]): boolean {
  const next = { ...get(), ...patch };
  const run = startRun(next, w, get().history);
  if (!run) {
    get().notify(`${what} was not applied: E overflows at these numbers (they are too large for this unit). The previous state is kept.`, 'error');
    return false;
  }
  // The racers start where the store's run does (same problem and weights, so E is finite for them too).
  const racers = startRacers(next, runs ?? get().racers, w, SHUFFLE_SEED, get().racers);
  const finishedAt = finishesAt([run.runner, ...racers.map((r) => r.runner)], next.challenge?.goal ?? null);
  // A new run re-arms the challenge (a new problem's patch drops it: challenge null).
  set({ challenge: rearm(get().challenge), ...patch, ...run, racers, finishedAt });
  get().frames.publish(run.snapshot);
  return true;
}
