/**
 * The direct kernel: E summed over the records at every node, for any activation,
 * O(nodes·N). Every other path (quadratic.ts) must agree with it.
 */
import { LEAKY_SLOPE, type ActivationName } from '../activations';
import type { Problem } from '../problem';
import type { Slice } from './slice';
import type { SurfaceScratch } from './spec';

// Activations by number. ACTIVATIONS[name].f, called from one loop for every
// activation the app shows, becomes a megamorphic call that V8 no longer inlines:
// each record then pays a call (measured 1.65–1.9× the hand-written loop). A
// switch in one small function inlines every formula; the branch is always
// predicted. The formulas are written out, not imported: under Vitest's module
// transform a call of an imported function is a property load that was not
// inlined (1.76× the hand loop); bundled for the browser it would be.
const SIGMOID = 0;
const TANH = 1;
/** The code of the identity, whose units have a quadratic error (quadratic.ts). */
export const LINEAR = 2;
const RELU = 3;
const LEAKY_RELU = 4;
const SOFTPLUS = 5;

/** Each activation's number for activate(). */
export const ACTIVATION_CODE: Readonly<Record<ActivationName, number>> = {
  sigmoid: SIGMOID,
  tanh: TANH,
  linear: LINEAR,
  relu: RELU,
  'leaky-relu': LEAKY_RELU,
  softplus: SOFTPLUS,
};

/** f(h) of the activation numbered `code`: the formulas of activations.ts, written out. */
function activate(code: number, h: number): number {
  switch (code) {
    case SIGMOID:
      return 1 / (1 + Math.exp(-h));
    case TANH:
      return Math.tanh(h);
    case RELU:
      return h > 0 ? h : 0;
    case LEAKY_RELU:
      return h > 0 ? h : LEAKY_SLOPE * h;
    case SOFTPLUS:
      return h > 0 ? h + Math.log1p(Math.exp(-h)) : Math.log1p(Math.exp(h));
    default:
      return h;
  }
}

/** Σ_μ (y_u − f(h_u))² of one unit at weights w, summed over the records. */
export function unitError(problem: Problem, w: ArrayLike<number>, u: number, code: number): number {
  const { N, k, d, xb, y } = problem;
  const wo = u * d;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    let net = 0;
    for (let c = 0; c < d; c++) net += w[wo + c] * xb[xo + c];
    const e = y[mu * k + u] - activate(code, net);
    sum += e * e;
  }
  return sum;
}

/** C = Σ_μ Σ_u (y_u − ŷ_u)² over the units u other than ui and uj: one constant under the whole slice. */
export function otherUnits(problem: Problem, w: ArrayLike<number>, ui: number, uj: number, code: number): number {
  let sum = 0;
  for (let u = 0; u < problem.k; u++) if (u !== ui && u !== uj) sum += unitError(problem, w, u, code);
  return sum;
}

/**
 * Fills the per-record columns of the scratch for a slice: the held part of h of
 * its unit (from s.held), the inputs its two weights multiply (xJ = 0 for a line)
 * and the unit's targets. The held part is computed once, not once per node.
 */
export function gather(problem: Problem, slice: Slice, s: SurfaceScratch): void {
  const { N, k, d, xb, y } = problem;
  const { unit, ci, cj } = slice;
  const { held, base, xI, xJ } = s;
  const wo = unit * d;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    xI[mu] = xb[xo + ci];
    xJ[mu] = cj >= 0 ? xb[xo + cj] : 0;
    s.y[mu] = y[mu * k + unit];
    let net = 0;
    for (let c = 0; c < d; c++) net += held[wo + c] * xb[xo + c];
    base[mu] = net;
  }
}

/**
 * Every node of a gathered slice directly, O(Gi·Gj·N). The vertical term is folded
 * into each record's h once per row, so the inner loop is one multiply-add, one f
 * and one square per record.
 */
export function directNodes(slice: Slice, code: number, N: number, s: SurfaceScratch): void {
  const { axisI, axisJ, Gi, Gj, C, scale, out } = slice;
  const { base, row, xI, xJ, y } = s;
  for (let r = 0; r < Gj; r++) {
    const b = axisJ[r];
    for (let mu = 0; mu < N; mu++) row[mu] = base[mu] + b * xJ[mu];
    for (let c = 0, o = r * Gi; c < Gi; c++, o++) {
      const a = axisI[c];
      let sum = 0;
      for (let mu = 0; mu < N; mu++) {
        const e = y[mu] - activate(code, row[mu] + a * xI[mu]);
        sum += e * e;
      }
      out[o] = scale * (C + sum);
    }
  }
}

/** One node of a gathered slice, Σ_μ (y − f(base + a·xᵢ + b·xⱼ))², summed directly. */
export function directNode(code: number, N: number, a: number, b: number, s: SurfaceScratch): number {
  const { base, xI, xJ, y } = s;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const e = y[mu] - activate(code, base[mu] + a * xI[mu] + b * xJ[mu]);
    sum += e * e;
  }
  return sum;
}
