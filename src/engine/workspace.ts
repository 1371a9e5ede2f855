/**
 * The forward pass and the gradient, on buffers allocated once per problem so
 * that a step allocates nothing. Notation and formulas are the seed's:
 *   h_j = Σᵢ wᵢⱼ xᵢ,  ŷ_j = f(h_j),  δ_j = (y_j − ŷ_j) f′(h_j),
 *   ∂E/∂wᵢⱼ = −Σ_μ δ_j^μ xᵢ^μ (times 1/|B| for MSE),  Δwᵢⱼ = −η ∂E/∂wᵢⱼ = η Σ_μ δ_j^μ xᵢ^μ.
 * Weights are unit-major: w[j·d + c] for unit j (0-based) and column c of xb.
 */
import type { Activation } from './activations';
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
  /** Δw = −η ∂E_B/∂w, k × d */
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
  const { problem, h, yHat, err, fp, delta, grad, dw } = ws;
  const { N, k, d, xb, y } = problem;
  const f = act.f;
  const fPrime = act.fPrime;
  if (batchGradient) grad.fill(0);
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
  const scale = lossScale(loss, N);
  if (batchGradient) {
    for (let q = 0; q < grad.length; q++) {
      grad[q] *= scale;
      dw[q] = -eta * grad[q];
    }
  }
  return 0.5 * scale * sum;
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
