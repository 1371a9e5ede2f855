/**
 * The update rules, with g = ∂E/∂w of the step's records and η the run's learning
 * rate, as in PyTorch's docs (the pseudo-code on each page, with weight decay 0,
 * dampening 0, lr_decay 0, initial accumulator 0, centered and amsgrad off):
 *   gd        Δw = −η g
 *   momentum  v ← μ v + g;  Δw = −η v               torch.optim.SGD(momentum=μ)
 *   nesterov  v ← μ v + g;  Δw = −η (g + μ v)       torch.optim.SGD(momentum=μ, nesterov=True)
 *   adagrad   s ← s + g²;   Δw = −η g / (√s + ε)    torch.optim.Adagrad
 *   rmsprop   s ← α s + (1 − α) g²;  Δw = −η g / (√s + ε)   torch.optim.RMSprop
 *   adam      t ← t + 1;  m ← β₁ m + (1 − β₁) g;  v ← β₂ v + (1 − β₂) g²;
 *             Δw = −η (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)   torch.optim.Adam
 * (https://pytorch.org/docs/stable/generated/torch.optim.SGD.html, …Adagrad.html,
 * …RMSprop.html, …Adam.html). PyTorch's SGD sets v = g on the first step; with v
 * starting at 0, μ·0 + g is that same g.
 *
 * Each rule is split in two so that the step a run shows is the step it takes:
 * `preview` computes the pending Δw from the state as it is (the sums as they will be
 * after this step, without storing them), and `commit` stores those sums once the step
 * has been applied. Both evaluate the same expressions, so the state `commit` leaves
 * is the one `preview` used, bit for bit. Nothing is allocated.
 */
import type { OptimizerName } from './names';
import type { OptimizerState } from './state';

/** One optimizer's rule, split into the pending step and the state update. */
export interface OptimizerRule {
  /** Writes the pending step Δw for gradient `g` and rate `eta` into `out`; the state is not changed. */
  preview(state: OptimizerState, g: Float64Array, eta: number, out: Float64Array): void;
  /** Advances the state by a step taken with gradient `g` (the one `preview` was given). */
  commit(state: OptimizerState, g: Float64Array): void;
}

/** Δw = −η g: exactly the workspace's own −η·grad (workspace.ts rescaleStep). */
const gd: OptimizerRule = {
  preview(_state, g, eta, out) {
    for (let q = 0; q < g.length; q++) out[q] = -eta * g[q];
  },
  commit(state) {
    state.t++;
  },
};

/** Heavy-ball momentum, PyTorch SGD: v ← μ v + g; Δw = −η v. */
const momentum: OptimizerRule = {
  preview(state, g, eta, out) {
    const { v } = state;
    const mu = state.params.mu;
    for (let q = 0; q < g.length; q++) out[q] = -eta * (mu * v[q] + g[q]);
  },
  commit(state, g) {
    const { v } = state;
    const mu = state.params.mu;
    for (let q = 0; q < g.length; q++) v[q] = mu * v[q] + g[q];
    state.t++;
  },
};

/** Nesterov momentum, PyTorch SGD nesterov=True: v ← μ v + g; Δw = −η (g + μ v). */
const nesterov: OptimizerRule = {
  preview(state, g, eta, out) {
    const { v } = state;
    const mu = state.params.mu;
    for (let q = 0; q < g.length; q++) {
      const vNew = mu * v[q] + g[q];
      out[q] = -eta * (g[q] + mu * vNew);
    }
  },
  commit: momentum.commit,
};

/** AdaGrad: s ← s + g²; Δw = −η g / (√s + ε). */
const adagrad: OptimizerRule = {
  preview(state, g, eta, out) {
    const { s } = state;
    const eps = state.params.eps;
    for (let q = 0; q < g.length; q++) {
      const gq = g[q];
      const sNew = s[q] + gq * gq;
      out[q] = -eta * (gq / (Math.sqrt(sNew) + eps));
    }
  },
  commit(state, g) {
    const { s } = state;
    for (let q = 0; q < g.length; q++) s[q] = s[q] + g[q] * g[q];
    state.t++;
  },
};

/** RMSProp: s ← α s + (1 − α) g²; Δw = −η g / (√s + ε). */
const rmsprop: OptimizerRule = {
  preview(state, g, eta, out) {
    const { s } = state;
    const { alpha, eps } = state.params;
    const oneMinus = 1 - alpha;
    for (let q = 0; q < g.length; q++) {
      const gq = g[q];
      const sNew = alpha * s[q] + oneMinus * (gq * gq);
      out[q] = -eta * (gq / (Math.sqrt(sNew) + eps));
    }
  },
  commit(state, g) {
    const { s } = state;
    const alpha = state.params.alpha;
    const oneMinus = 1 - alpha;
    for (let q = 0; q < g.length; q++) s[q] = alpha * s[q] + oneMinus * (g[q] * g[q]);
    state.t++;
  },
};

/** Adam: m, v running means of g and g², bias-corrected by 1 − βᵗ; Δw = −η m̂ / (√v̂ + ε). */
const adam: OptimizerRule = {
  preview(state, g, eta, out) {
    const { m, v } = state;
    const { beta1, beta2, eps } = state.params;
    const t = state.t + 1;
    const c1 = 1 - beta1;
    const c2 = 1 - beta2;
    const bc1 = 1 - Math.pow(beta1, t);
    const bc2 = 1 - Math.pow(beta2, t);
    for (let q = 0; q < g.length; q++) {
      const gq = g[q];
      const mNew = beta1 * m[q] + c1 * gq;
      const vNew = beta2 * v[q] + c2 * (gq * gq);
      out[q] = -eta * ((mNew / bc1) / (Math.sqrt(vNew / bc2) + eps));
    }
  },
  commit(state, g) {
    const { m, v } = state;
    const { beta1, beta2 } = state.params;
    const c1 = 1 - beta1;
    const c2 = 1 - beta2;
    for (let q = 0; q < g.length; q++) {
      const gq = g[q];
      m[q] = beta1 * m[q] + c1 * gq;
      v[q] = beta2 * v[q] + c2 * (gq * gq);
    }
    state.t++;
  },
};

/** Every optimizer's rule, by name. */
export const OPTIMIZER_RULES: Readonly<Record<OptimizerName, OptimizerRule>> = { gd, momentum, nesterov, adagrad, rmsprop, adam };
