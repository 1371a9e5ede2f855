/**
 * The optimizers' hyper-parameters and PyTorch's defaults for them (weight decay 0,
 * no dampening, lr_decay 0, initial accumulator 0, not centered, no amsgrad):
 *   SGD      momentum μ (PyTorch's default is 0; 0.9 is the usual choice and ours)
 *            https://pytorch.org/docs/stable/generated/torch.optim.SGD.html
 *   Adagrad  eps = 1e-10   https://pytorch.org/docs/stable/generated/torch.optim.Adagrad.html
 *   RMSprop  alpha = 0.99, eps = 1e-8   https://pytorch.org/docs/stable/generated/torch.optim.RMSprop.html
 *   Adam     betas = (0.9, 0.999), eps = 1e-8   https://pytorch.org/docs/stable/generated/torch.optim.Adam.html
 * Every optimizer carries every field; those its rule does not read are ignored.
 */
import type { OptimizerName } from './names';

/** Hyper-parameters of an optimizer (η is the run's, not here). */
export interface OptimizerParams {
  /** Momentum μ of momentum and Nesterov (PyTorch SGD's `momentum`). */
  mu: number;
  /** Smoothing constant α of RMSProp's running mean of g². */
  alpha: number;
  /** Adam's β₁, the decay of its running mean of g. */
  beta1: number;
  /** Adam's β₂, the decay of its running mean of g². */
  beta2: number;
  /** ε added to √s (AdaGrad, RMSProp) or √v̂ (Adam) in the denominator. */
  eps: number;
}

const COMMON: OptimizerParams = { mu: 0.9, alpha: 0.99, beta1: 0.9, beta2: 0.999, eps: 1e-8 };

/** Each optimizer's defaults: PyTorch's where they apply; AdaGrad's ε is 1e-10, the others' 1e-8. */
export const OPTIMIZER_DEFAULTS: Readonly<Record<OptimizerName, Readonly<OptimizerParams>>> = {
  gd: { ...COMMON },
  momentum: { ...COMMON },
  nesterov: { ...COMMON },
  adagrad: { ...COMMON, eps: 1e-10 },
  rmsprop: { ...COMMON },
  adam: { ...COMMON },
};

/** What each hyper-parameter may be: the values for which the rules stay well defined. */
const VALID: Record<keyof OptimizerParams, { ok: (v: number) => boolean; text: string }> = {
  mu: { ok: (v) => v >= 0, text: 'μ must be ≥ 0' },
  alpha: { ok: (v) => v >= 0 && v <= 1, text: 'α must be in [0, 1]' },
  beta1: { ok: (v) => v >= 0 && v < 1, text: 'β₁ must be in [0, 1)' },
  beta2: { ok: (v) => v >= 0 && v < 1, text: 'β₂ must be in [0, 1)' },
  eps: { ok: (v) => v > 0, text: 'ε must be > 0' },
};

/**
 * The hyper-parameters of `name`: its defaults with the fields of `partial` that are
 * given (undefined ones keep the default). Throws a RangeError for a value that is not
 * finite or out of range (μ ≥ 0, α ∈ [0, 1], β₁, β₂ ∈ [0, 1), ε > 0).
 */
export function optimizerParams(name: OptimizerName, partial?: Partial<OptimizerParams>): OptimizerParams {
  const d = OPTIMIZER_DEFAULTS[name];
  const p: OptimizerParams = {
    mu: partial?.mu ?? d.mu,
    alpha: partial?.alpha ?? d.alpha,
    beta1: partial?.beta1 ?? d.beta1,
    beta2: partial?.beta2 ?? d.beta2,
    eps: partial?.eps ?? d.eps,
  };
  for (const key of Object.keys(VALID) as (keyof OptimizerParams)[]) {
    const v = p[key];
    if (!Number.isFinite(v) || !VALID[key].ok(v)) throw new RangeError(`${name}: ${VALID[key].text}, got ${v}`);
  }
  return p;
}
