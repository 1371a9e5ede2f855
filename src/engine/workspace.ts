/**
 * The forward pass and the gradient, on buffers allocated once per problem so
 * that a step allocates nothing. Notation and formulas are the seed's:
 *   h_j = Σᵢ wᵢⱼ xᵢ,  ŷ_j = f(h_j),  δ_j = (y_j − ŷ_j) f′(h_j),
 *   ∂E/∂wᵢⱼ = −Σ_μ δ_j^μ xᵢ^μ (times 1/|B| for MSE),  Δwᵢⱼ = −η ∂E/∂wᵢⱼ = η Σ_μ δ_j^μ xᵢ^μ.
 * Weights are unit-major: w[j·d + c] for unit j (0-based) and column c of xb.
 */
import { ACTIVATIONS, LEAKY_SLOPE, sigmoid, softplus, type Activation } from './activations';
import { lossScale, type LossName } from './loss';
import type { Problem } from './problem';

/** Per-record and per-weight buffers for one problem. */
export interface Workspace {
  readonly problem: Problem;
  /** h_j^μ, N × k */
  readonly h: Float64Array;
  /** ŷ_j^μ = f(h_j^μ), N × k */
  readonly yHat: Float64Array;
  /** y_j^μ − ŷ_j^μ, N × k */
  readonly err: Float64Array;
  /** f′(h_j^μ), N × k */
  readonly fp: Float64Array;
  /** δ_j^μ = (y − ŷ) f′(h), N × k */
  readonly delta: Float64Array;
  /** ∂E_B/∂w for the pending batch B, k × d */
  readonly grad: Float64Array;
  /**
   * The pending step, k × d: written here as Δw = −η ∂E_B/∂w (gradient descent); a run
   * with another optimizer overwrites it with that optimizer's step (run.ts, optimizers/).
   */
  readonly dw: Float64Array;
}

/** Allocates the buffers for `problem`. */
export function createWorkspace(problem: Problem): Workspace {
  const nk = problem.N * problem.k;
  const kd = problem.k * problem.d;
  return {
    problem,
    h: new Float64Array(nk),
    yHat: new Float64Array(nk),
    err: new Float64Array(nk),
    fp: new Float64Array(nk),
    delta: new Float64Array(nk),
    grad: new Float64Array(kd),
    dw: new Float64Array(kd),
  };
}

/**
 * How the forward pass computes f and f′: one of the built-in activations inline
 * (chosen once per pass, so the loop over records makes no call through an object),
 * or any other {@link Activation} through its methods.
 */
const GENERIC = 0;
const SIGMOID = 1;
const TANH = 2;
const LINEAR = 3;
const RELU = 4;
const LEAKY_RELU = 5;
const SOFTPLUS = 6;
const KINDS = new Map<Activation, number>([
  [ACTIVATIONS.sigmoid, SIGMOID],
  [ACTIVATIONS.tanh, TANH],
  [ACTIVATIONS.linear, LINEAR],
  [ACTIVATIONS.relu, RELU],
  [ACTIVATIONS['leaky-relu'], LEAKY_RELU],
  [ACTIVATIONS.softplus, SOFTPLUS],
]);

/**
 * Forward pass over every record at weights `w`: fills h, ŷ, y − ŷ, f′(h), δ and
 * returns E over all records. When `batchGradient` is true it also sums the
 * gradient over all records in the same pass (batch mode) into `grad` and `dw`.
 */
export function forwardPass(
  ws: Workspace,
  w: Float64Array,
  act: Activation,
  loss: LossName,
  eta: number,
  batchGradient: boolean,
): number {
  const { problem, grad, dw } = ws;
  const { N, k } = problem;
  if (batchGradient) grad.fill(0);
  const kind = KINDS.get(act) ?? GENERIC;
  const sum = k === 1 && kind !== GENERIC ? passOneUnit(ws, w, kind, batchGradient) : passGeneric(ws, w, act, batchGradient);
  const scale = lossScale(loss, N);
  if (batchGradient) {
    for (let q = 0; q < grad.length; q++) {
      grad[q] *= scale;
      dw[q] = -eta * grad[q];
    }
  }
  return 0.5 * scale * sum;
}

/** Any k and any activation: f and f′ through the object. Returns Σ (y − ŷ)². */
function passGeneric(ws: Workspace, w: Float64Array, act: Activation, batchGradient: boolean): number {
  const { problem, h, yHat, err, fp, delta, grad } = ws;
  const { N, k, d, xb, y } = problem;
  const f = act.f;
  const fPrime = act.fPrime;
  let sum = 0;
  // One running index o = mu·k + j; the unit's weights start at wo = j·d.
  for (let mu = 0, o = 0; mu < N; mu++) {
    const xo = mu * d;
    for (let j = 0, wo = 0; j < k; j++, wo += d, o++) {
      let net = 0;
      for (let c = 0; c < d; c++) net += w[wo + c] * xb[xo + c];
      const out = f(net);
      const e = y[o] - out;
      const slope = fPrime(net, out);
      const dj = e * slope;
      h[o] = net;
      yHat[o] = out;
      err[o] = e;
      fp[o] = slope;
      delta[o] = dj;
      sum += e * e;
      if (batchGradient) for (let c = 0; c < d; c++) grad[wo + c] -= dj * xb[xo + c];
    }
  }
  return sum;
}

/**
 * One output unit (k = 1, the common case) and a built-in activation: the hot loop
 * of every step. f and f′ are written out in the loop with the same arithmetic as
 * {@link ACTIVATIONS} (σ′ = ŷ(1 − ŷ), tanh′ = 1 − ŷ²), and the sums over columns
 * are unrolled by four but still added in column order, so every buffer and E are
 * bit-identical to {@link passGeneric}'s (test/engine/run.test.ts checks both).
 * Returns Σ (y − ŷ)².
 */
function passOneUnit(ws: Workspace, w: Float64Array, kind: number, batchGradient: boolean): number {
  const { problem, h, yHat, err, fp, delta, grad } = ws;
  const { xb, y } = problem;
  // With k = 1 these are N and d; read from the arrays, they let V8 drop the bounds checks on y and w.
  const N = y.length;
  const d = w.length;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    let net = 0;
    let c = 0;
    for (; c + 3 < d; c += 4) {
      net += w[c] * xb[xo + c];
      net += w[c + 1] * xb[xo + c + 1];
      net += w[c + 2] * xb[xo + c + 2];
      net += w[c + 3] * xb[xo + c + 3];
    }
    for (; c < d; c++) net += w[c] * xb[xo + c];
    let out: number;
    let slope: number;
    switch (kind) {
      case SIGMOID:
        out = 1 / (1 + Math.exp(-net));
        slope = out * (1 - out);
        break;
      case TANH:
        out = Math.tanh(net);
        slope = 1 - out * out;
        break;
      case LINEAR:
        out = net;
        slope = 1;
        break;
      case RELU:
        out = net > 0 ? net : 0;
        slope = net >= 0 ? 1 : 0;
        break;
      case LEAKY_RELU:
        out = net > 0 ? net : LEAKY_SLOPE * net;
        slope = net >= 0 ? 1 : LEAKY_SLOPE;
        break;
      default:
        out = softplus(net);
        slope = sigmoid(net);
    }
    const e = y[mu] - out;
    const dj = e * slope;
    h[mu] = net;
    yHat[mu] = out;
    err[mu] = e;
    fp[mu] = slope;
    delta[mu] = dj;
    sum += e * e;
    if (batchGradient) {
      for (c = 0; c + 3 < d; c += 4) {
        grad[c] -= dj * xb[xo + c];
        grad[c + 1] -= dj * xb[xo + c + 1];
        grad[c + 2] -= dj * xb[xo + c + 2];
        grad[c + 3] -= dj * xb[xo + c + 3];
      }
      for (; c < d; c++) grad[c] -= dj * xb[xo + c];
    }
  }
  return sum;
}

/**
 * The gradient of E over the records order[start … start+len) — a mini-batch or
 * one record — from the δ already in the workspace; writes `grad` and `dw`.
 */
export function batchGradient(
  ws: Workspace,
  order: Uint32Array,
  start: number,
  len: number,
  loss: LossName,
  eta: number,
): void {
  const { problem, delta, grad, dw } = ws;
  const { k, d, xb } = problem;
  grad.fill(0);
  for (let b = start; b < start + len; b++) {
    const mu = order[b];
    const xo = mu * d;
    for (let j = 0; j < k; j++) {
      const dj = delta[mu * k + j];
      const wo = j * d;
      for (let c = 0; c < d; c++) grad[wo + c] -= dj * xb[xo + c];
    }
  }
  const scale = lossScale(loss, len);
  for (let q = 0; q < grad.length; q++) {
    grad[q] *= scale;
    dw[q] = -eta * grad[q];
  }
}

/** Rescales the pending step for a new η without recomputing the gradient. */
export function rescaleStep(ws: Workspace, eta: number): void {
  for (let q = 0; q < ws.grad.length; q++) ws.dw[q] = -eta * ws.grad[q];
}
