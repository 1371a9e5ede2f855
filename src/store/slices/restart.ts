/**
 * Where slices combine: any change to the problem, activation, loss, mode or
 * starting weights begins a new run. This is the one place that builds a runner.
 */
import { clearHistory, createHistory, createRunner, recordHistory, type History, type Problem } from '../../engine';
import { takeSnapshot } from '../snapshot';
import type { AppState } from '../types';

/** Seed of the stochastic and mini-batch shuffles (fixed, so a shared link replays exactly). */
export const SHUFFLE_SEED = 1;

/** The run-related state for a fresh run; merge it into the store with `set`. */
export function freshRun(
  s: Pick<AppState, 'activation' | 'loss' | 'mode' | 'batchSize' | 'eta'>,
  problem: Problem,
  w0: readonly number[],
  oldHistory?: History,
): Pick<AppState, 'runner' | 'history' | 'snapshot'> {
  const runner = createRunner(problem, w0, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: s.eta,
    shuffle: true,
    seed: SHUFFLE_SEED,
  });
  const dims = problem.k * problem.d;
  const history = oldHistory && oldHistory.dims === dims ? oldHistory : createHistory(dims);
  clearHistory(history);
  recordHistory(history, 0, runner.E, runner.w);
  return { runner, history, snapshot: takeSnapshot(runner) };
}
