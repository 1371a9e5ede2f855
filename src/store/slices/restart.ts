/**
 * Where slices combine: any change to the problem, activation, loss, mode, η
 * after a divergence, or the starting weights begins a new run. This is the one
 * place that builds a runner, and it refuses a start where E is not finite
 * (numbers so large that E overflows), keeping the previous state whole.
 */
import { clearHistory, createHistory, createRunner, recordHistory } from '../../engine';
import { takeSnapshot } from '../snapshot';
import type { AppState } from '../types';

/** Seed of the stochastic and mini-batch shuffles (fixed, so a shared link replays exactly). */
export const SHUFFLE_SEED = 1;

type Get = () => AppState;
type Set = (partial: Partial<AppState>) => void;

/**
 * Applies `patch` (settings, problem, w0 …) and starts a new run from weights `w`.
 * Returns false, with a notice naming `what`, when E would not be finite there;
 * nothing is changed then.
 */
export function restart(get: Get, set: Set, patch: Partial<AppState>, w: readonly number[], what: string): boolean {
  const s = { ...get(), ...patch };
  const runner = createRunner(s.problem, w, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: s.eta,
    shuffle: true,
    seed: SHUFFLE_SEED,
  });
  if (!Number.isFinite(runner.E)) {
    get().notify(`${what} was not applied: E overflows at these numbers (they are too large for this unit). The previous state is kept.`, 'error');
    return false;
  }
  const dims = s.problem.k * s.problem.d;
  const old = get().history;
  const history = old && old.dims === dims ? old : createHistory(dims);
  clearHistory(history);
  recordHistory(history, 0, runner.E, runner.w);
  set({ ...patch, runner, history, snapshot: takeSnapshot(runner), stage: 0, runStart: [...w], replayable: true });
  return true;
}
