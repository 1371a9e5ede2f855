/**
 * E along one weight: E(v) with weight `index` set to v and every other weight
 * held at its current value — the 1-D slice through the current point that the
 * curve view draws — and each unit's share of E. The line goes through the surface
 * engine's kernels (surface/index.ts, computeLine): O(G) per call for a linear unit
 * once the problem's moments are cached, whatever N; O(G·N) for any other f.
 */
import { ACTIVATION_NAMES, ACTIVATIONS, type Activation, type ActivationName } from './activations';
import { lossScale, type LossName } from './loss';
import type { Problem } from './problem';
import { computeLine, createSurfaceScratch, type SurfaceScratch } from './surface';

/**
 * The surface buffers errorAlongWeight uses for each caller's `scratch` array, so that a
 * caller reusing its array (CurvePlot does) allocates nothing per call; a WeakMap, so
 * they go with the array. Regrown when a call needs more records or points.
 */
const BUFFERS = new WeakMap<Float64Array, SurfaceScratch>();

function buffersFor(key: Float64Array, N: number, G: number): SurfaceScratch {
  let s = BUFFERS.get(key);
  if (!s || s.N < N || s.G < G) {
    s = createSurfaceScratch(Math.max(N, s?.N ?? 0), Math.max(G, 2, s?.G ?? 0));
    BUFFERS.set(key, s);
  }
  return s;
}

/** The name of one of ACTIVATIONS' objects; a RangeError for any other object (the kernels know only those formulas). */
function nameOf(act: Activation): ActivationName {
  const name = ACTIVATION_NAMES.find((n) => ACTIVATIONS[n] === act);
  if (name === undefined) throw new RangeError(`errorAlongWeight: ${act.label} is not one of ACTIVATIONS`);
  return name;
}

/**
 * Fills `out[g]` with E at weight `index` = `values[g]` (computeLine). `act` must be one
 * of ACTIVATIONS. `scratch` (any array; by convention N numbers) keys the buffers the
 * line is computed in, kept between calls; `buffers`, when given, is used instead.
 */
export function errorAlongWeight(
  problem: Problem,
  w: ArrayLike<number>,
  index: number,
  act: Activation,
  loss: LossName,
  values: ArrayLike<number>,
  out: Float64Array,
  scratch: Float64Array,
  buffers?: SurfaceScratch,
): void {
  const s = buffers ?? buffersFor(scratch, problem.N, values.length);
  computeLine({ problem, w, index, activation: nameOf(act), loss, values }, out, s);
}

/**
 * Each output unit's share of E: out[j] = ½·(scale) Σ_μ (y_j^μ − ŷ_j^μ)², so that
 * Σ_j out[j] = E (the seed's last section: E sums over the units).
 */
export function errorPerUnit(problem: Problem, w: ArrayLike<number>, act: Activation, loss: LossName): Float64Array {
  const { N, k, d, xb, y } = problem;
  const out = new Float64Array(k);
  for (let mu = 0; mu < N; mu++) {
    for (let j = 0; j < k; j++) {
      let net = 0;
      for (let c = 0; c < d; c++) net += w[j * d + c] * xb[mu * d + c];
      const e = y[mu * k + j] - act.f(net);
      out[j] += e * e;
    }
  }
  const scale = 0.5 * lossScale(loss, N);
  for (let j = 0; j < k; j++) out[j] *= scale;
  return out;
}
