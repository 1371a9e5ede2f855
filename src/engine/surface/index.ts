/**
 * The error surface E(wᵢ, wⱼ) — E on a G×G grid over two weights, every other
 * weight held, for the contour and 3-D views — and its 1-D version, E along one
 * weight, for the curve view. Each is cut into slices, one unit's error each
 * (slice.ts), computed by the cheapest exact path (pipeline.ts):
 *  - i and j in different output units: E separates, E(a, b) = C + E_i(a) + E_j(b),
 *    two lines and a sum;
 *  - linear f: the quadratic form from the problem's cached moments, O(d²·k + G²)
 *    whatever N, or from sums over the records where the moments could lose digits;
 *  - any other f: every node, O(G²·N) (a line: O(G·N)).
 * C, the error of the units neither weight feeds, is one constant added everywhere.
 */
import { lossScale } from '../loss';
import { ACTIVATION_CODE, LINEAR, otherUnits } from './kernel';
import { hasMoments, momentsCost, problemMoments } from './moments';
import { linearOtherUnits, sliceNodes } from './pipeline';
import { lineSlice } from './slice';
import {
  checkLineSpec,
  checkScratch,
  checkSurfaceSpec,
  createSurfaceScratch,
  fillAxis,
  holdWeights,
  type LineSpec,
  type SurfaceScratch,
  type SurfaceSpec,
} from './spec';

export { problemMoments, surfaceCounts, type Moments } from './moments';
export { createSurfaceScratch, type LineSpec, type SurfaceScratch, type SurfaceSpec } from './spec';

/**
 * About how many inner-loop operations computeSurface does for `spec` (one
 * operation ≈ one activation evaluation or one record's multiply-adds), for the
 * caller's choice of main thread or worker. A linear unit costs O(d²·k + G²) once
 * the problem's moments are cached (problemMoments; this looks in the cache), plus
 * O(N·d²) to compute them on a problem's first linear surface. It does not count
 * the O(N·k·d) pass over the records where the moments cannot give every node to full
 * precision (near the bottom of a near-exact fit), nor the O(G²·N) of nodes summed
 * directly when sums overflow (inputs or weights past ≈ 1e150).
 */
export function surfaceCost(spec: Pick<SurfaceSpec, 'problem' | 'i' | 'j' | 'activation' | 'G'>): number {
  const { problem, i, j, activation, G } = spec;
  const { N, k, d } = problem;
  if (activation === 'linear') {
    return (hasMoments(problem) ? 0 : momentsCost(problem)) + d * d * k + G * G;
  }
  const held = N * k * d;
  if (Math.floor(i / d) !== Math.floor(j / d)) return held + 2 * G * N + G * G;
  return held + G * G * N + G * N;
}

/**
 * E at every grid node, row-major: out[r*G + c] = E with w_i = x0 + c·(x1−x0)/(G−1) and
 * w_j = y0 + r·(y1−y0)/(G−1). Values that overflow stay non-finite (Infinity), never throw.
 * `out` (length G·G) is reused when given; `scratch` likewise (see SurfaceScratch) so
 * repeated calls allocate next to nothing — except a linear surface's first call on a
 * problem, which caches the problem's moments (problemMoments).
 *
 * The last node of each axis is exactly x1 (y1). A RangeError is thrown only for a
 * call that cannot mean a surface — i === j (one weight on both axes is the curve
 * view's line, computeLine), an index outside 0…k·d−1, w not of length k·d, G not an
 * integer ≥ 2, `out` not of length G·G, `scratch` too small — never because of the numbers.
 */
export function computeSurface(spec: SurfaceSpec, out?: Float64Array, scratch?: SurfaceScratch): Float64Array {
  const { problem, w, i, j, G } = spec;
  const { N, d } = problem;
  checkSurfaceSpec(spec);
  const grid = out ?? new Float64Array(G * G);
  if (grid.length !== G * G) throw new RangeError(`computeSurface: out has length ${grid.length}, G·G is ${G * G}`);
  const s = scratch ?? createSurfaceScratch(N, G);
  checkScratch('computeSurface', s, N, G, w.length);

  const { axisI, axisJ, held, lineI, lineJ } = s;
  fillAxis(axisI, G, spec.x0, spec.x1);
  fillAxis(axisJ, G, spec.y0, spec.y1);
  holdWeights(held, w, i, j);
  const code = ACTIVATION_CODE[spec.activation];
  const scale = 0.5 * lossScale(spec.loss, N);
  const ui = Math.floor(i / d);
  const uj = Math.floor(j / d);
  const m = code === LINEAR ? problemMoments(problem) : null;
  const C = m ? linearOtherUnits(problem, m, held, ui, uj, s) : otherUnits(problem, held, ui, uj, code);
  const ci = i - ui * d;
  const cj = j - uj * d;
  if (ui === uj) {
    const slice = { unit: ui, ci, cj, a0: w[i], b0: w[j], axisI, Gi: G, axisJ, Gj: G, C, scale, out: grid };
    sliceNodes(problem, m, code, slice, s);
    return grid;
  }
  // Different units: each unit's raw Σ along its own axis (C = 0, scale 1), then the sum.
  sliceNodes(problem, m, code, lineSlice(ui, ci, w[i], axisI, G, 0, 1, lineI), s);
  sliceNodes(problem, m, code, lineSlice(uj, cj, w[j], axisJ, G, 0, 1, lineJ), s);
  for (let r = 0; r < G; r++) {
    const row = C + lineJ[r];
    for (let c = 0, o = r * G; c < G; c++, o++) grid[o] = scale * (row + lineI[c]);
  }
  return grid;
}

/**
 * E along one weight: out[g] = E with weight `index` at values[g] and every other
 * weight held — the curve view's slice through the current point. A linear unit
 * costs O(d²·k + G) once the problem's moments are cached (O(N + G) where they
 * cannot be trusted), any other f O(G·N), plus O(N·k·d) for the other units.
 * `out` needs at least values.length numbers; `scratch` (see SurfaceScratch) at least
 * N records and values.length points. Throws a RangeError only for a call that
 * cannot mean a line (an index outside the weights, w of the wrong length, buffers too small).
 */
export function computeLine(spec: LineSpec, out?: Float64Array, scratch?: SurfaceScratch): Float64Array {
  const { problem, w, index, values } = spec;
  const { N, d } = problem;
  const G = values.length;
  checkLineSpec(spec);
  const line = out ?? new Float64Array(G);
  if (line.length < G) throw new RangeError(`computeLine: out has length ${line.length}, there are ${G} values`);
  const s = scratch ?? createSurfaceScratch(N, Math.max(2, G));
  checkScratch('computeLine', s, N, G, w.length);

  holdWeights(s.held, w, index, -1);
  const code = ACTIVATION_CODE[spec.activation];
  const scale = 0.5 * lossScale(spec.loss, N);
  const unit = Math.floor(index / d);
  const m = code === LINEAR ? problemMoments(problem) : null;
  const C = m ? linearOtherUnits(problem, m, s.held, unit, unit, s) : otherUnits(problem, s.held, unit, unit, code);
  sliceNodes(problem, m, code, lineSlice(unit, index - unit * d, w[index], values, G, C, scale, line), s);
  return line;
}
