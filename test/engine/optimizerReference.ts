/**
 * The optimizers' update rules written out plainly from the brief's formulas (PyTorch's
 * SGD with momentum/nesterov, Adagrad, RMSprop, Adam), on plain arrays, with no engine
 * code: the reference the engine's rules are tested against.
 */
import type { OptimizerName, OptimizerParams } from '../../src/engine';

/** A reference state: the sums as plain arrays and the step count. */
export interface RefState {
  v: number[];
  s: number[];
  m: number[];
  t: number;
}

/** A fresh reference state for n weights. */
export function refState(n: number): RefState {
  return { v: Array(n).fill(0), s: Array(n).fill(0), m: Array(n).fill(0), t: 0 };
}

/** One step of optimizer `name` with gradient g and rate η: advances `st` and returns Δw. */
export function refStep(name: OptimizerName, p: OptimizerParams, st: RefState, g: readonly number[], eta: number): number[] {
  st.t += 1;
  return g.map((gi, i) => {
    switch (name) {
      case 'gd':
        return -eta * gi;
      case 'momentum':
        st.v[i] = p.mu * st.v[i] + gi;
        return -eta * st.v[i];
      case 'nesterov':
        st.v[i] = p.mu * st.v[i] + gi;
        return -eta * (gi + p.mu * st.v[i]);
      case 'adagrad':
        st.s[i] = st.s[i] + gi * gi;
        return (-eta * gi) / (Math.sqrt(st.s[i]) + p.eps);
      case 'rmsprop':
        st.s[i] = p.alpha * st.s[i] + (1 - p.alpha) * gi * gi;
        return (-eta * gi) / (Math.sqrt(st.s[i]) + p.eps);
      case 'adam': {
        st.m[i] = p.beta1 * st.m[i] + (1 - p.beta1) * gi;
        st.v[i] = p.beta2 * st.v[i] + (1 - p.beta2) * gi * gi;
        const mHat = st.m[i] / (1 - p.beta1 ** st.t);
        const vHat = st.v[i] / (1 - p.beta2 ** st.t);
        return (-eta * mHat) / (Math.sqrt(vHat) + p.eps);
      }
    }
  });
}
