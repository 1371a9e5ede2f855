/**
 * The optimizers' hyper-parameters as URL parameters: `mu` (momentum and
 * Nesterov), `alpha` (RMSProp), `beta1`, `beta2` (Adam) and `eps` (AdaGrad,
 * RMSProp, Adam), each a number in its range; absent ones keep PyTorch's defaults.
 */
import type { OptimizerParams } from '../engine';

/** The parameter names, as in the URL and in OptimizerParams. */
export const HYPER_NAMES = ['mu', 'alpha', 'beta1', 'beta2', 'eps'] as const;
export type HyperName = (typeof HYPER_NAMES)[number];

/** Each one's range, for checking and for the notice that names it. */
const RANGES: Record<HyperName, { ok: (v: number) => boolean; text: string }> = {
  mu: { ok: (v) => v >= 0 && v < 1, text: 'μ must be a number from 0 to below 1' },
  alpha: { ok: (v) => v >= 0 && v < 1, text: 'α must be a number from 0 to below 1' },
  beta1: { ok: (v) => v >= 0 && v < 1, text: 'β₁ must be a number from 0 to below 1' },
  beta2: { ok: (v) => v >= 0 && v < 1, text: 'β₂ must be a number from 0 to below 1' },
  eps: { ok: (v) => v > 0 && v <= 1, text: 'ε must be a number above 0, at most 1' },
};

/** True when `name` is one of the hyper-parameters. */
export function isHyperName(name: string): name is HyperName {
  return (HYPER_NAMES as readonly string[]).includes(name);
}

/** The value of hyper-parameter `name` read from `text`, or why it is refused. */
export function parseHyper(name: HyperName, text: string): { ok: true; value: number } | { ok: false; why: string } {
  const v = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim()) ? Number(text) : Number.NaN;
  return Number.isFinite(v) && RANGES[name].ok(v) ? { ok: true, value: v } : { ok: false, why: RANGES[name].text };
}

/** The hyper-parameters of `params` as URL text, only those given. */
export function hyperEntries(params: Partial<OptimizerParams>): [HyperName, string][] {
  return HYPER_NAMES.filter((n) => params[n] !== undefined).map((n) => [n, String(params[n])]);
}
