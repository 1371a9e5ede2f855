/**
 * An optimizer's state: per-weight running sums kept from step to step, allocated
 * once per run so that a step allocates nothing. Which arrays a rule uses:
 *   gd        none
 *   momentum  v, the velocity (PyTorch SGD's momentum_buffer)
 *   nesterov  v, the same
 *   adagrad   s, the sum of g² (PyTorch Adagrad's state_sum)
 *   rmsprop   s, the running mean of g² (PyTorch RMSprop's square_avg)
 *   adam      m and v, the running means of g and g² (PyTorch Adam's exp_avg, exp_avg_sq)
 * The arrays a rule does not use stay 0. `t` counts the steps committed (Adam's t).
 */
import type { OptimizerName } from './names';
import { optimizerParams, type OptimizerParams } from './params';

/** The state of one optimizer over n weights. Arrays are length n, unit-major like the weights. */
export interface OptimizerState {
  readonly name: OptimizerName;
  readonly params: OptimizerParams;
  /** Velocity (momentum, Nesterov) or running mean of g² (Adam). */
  readonly v: Float64Array;
  /** Sum (AdaGrad) or running mean (RMSProp) of g². */
  readonly s: Float64Array;
  /** Running mean of g (Adam). */
  readonly m: Float64Array;
  /** Steps committed since the state was created or reset. */
  t: number;
}

/**
 * A fresh state (every sum 0, t = 0) of optimizer `name` for n weights, with its
 * defaults overridden by `partialParams` (see {@link optimizerParams}, which throws on a bad value).
 */
export function createOptimizerState(name: OptimizerName, n: number, partialParams?: Partial<OptimizerParams>): OptimizerState {
  return {
    name,
    params: optimizerParams(name, partialParams),
    v: new Float64Array(n),
    s: new Float64Array(n),
    m: new Float64Array(n),
    t: 0,
  };
}

/** Back to the state before the first step: every sum 0, t = 0. */
export function resetOptimizerState(state: OptimizerState): void {
  state.v.fill(0);
  state.s.fill(0);
  state.m.fill(0);
  state.t = 0;
}

/** Copies the sums and t of `src` into `dst` (same optimizer, same n), as a run does to undo a step. */
export function copyOptimizerState(dst: OptimizerState, src: OptimizerState): void {
  if (src.name !== 'gd') {
    dst.v.set(src.v);
    dst.s.set(src.s);
    dst.m.set(src.m);
  }
  dst.t = src.t;
}

/** True when every sum is finite (a huge gradient can overflow g² to ∞). */
export function optimizerStateFinite(state: OptimizerState): boolean {
  if (state.name === 'gd') return true;
  const { v, s, m } = state;
  for (let q = 0; q < v.length; q++) {
    // v − v is NaN exactly when v is ±∞ or NaN.
    if (v[q] - v[q] !== 0 || s[q] - s[q] !== 0 || m[q] - m[q] !== 0) return false;
  }
  return true;
}
