/**
 * A linear unit's quadratic form from the problem's cached moments, O(d²) per
 * expansion point whatever N, and the rounding bound that says when its nodes can
 * be trusted: where they cannot (near a near-exact fit, offset or strongly
 * correlated inputs, overflow) the caller sums the records instead (records.ts).
 */
import { UNIT_ROUNDOFF, type Moments } from './moments';
import { formNodes, REFINE_ALWAYS, solveRefined, type QuadraticSums } from './quadratic';
import type { Slice } from './slice';
import type { SurfaceScratch } from './spec';

/**
 * The largest relative error the moments may add to any node before the records are
 * summed instead. The sums over the records keep ≈ 1e-10 at the minimum (REFINE_BELOW
 * leaves ≈ 1e-16·Σr²/qMin ≤ 1e-10), so the moments are used only where they do as well.
 */
export const MOMENTS_TRUST = 1e-10;

/**
 * How far E formed from the moments can be from E summed over the records because the
 * residuals r of the reference fit were rounded (by ≤ (d+1)·u of the numbers they came
 * from, rScale): 2f·√(rScale·E) + f²·rScale with f = (d+1)·u. Relative to E it is
 * largest where E is smallest, so checking it at a slice's minimum covers every node.
 * NaN when E < 0.
 */
export function residualRounding(m: Moments, u: number, E: number): number {
  const f = (m.d + 1) * UNIT_ROUNDOFF;
  const size = m.rScale[u];
  return 2 * f * Math.sqrt(size * E) + f * f * size;
}

/** Whether some unit fits its records so closely that slices near its minimum are summed over the records. */
export function nearExact(m: Moments): boolean {
  if (m.rounding === Infinity) return true;
  for (let u = 0; u < m.k; u++) if (!(residualRounding(m, u, m.rr[u]) <= MOMENTS_TRUST * m.rr[u])) return true;
  return false;
}

/**
 * The sums of unit u at weights `held` with its columns ci and cj set to a and b
 * (−1: no such axis, its sums 0 — a line), from the moments in O(d²). Returns
 * A = √rr + Σ_c |Δ_c|·√M_cc, which bounds the size of every term: the sums are within
 * rounding·A² (Σr²) and rounding·A·√M_cc (Σ r·x_c) of the records' sums. NaN when a
 * sum is not finite or no bound holds.
 */
export function momentSums(
  m: Moments,
  u: number,
  held: Float64Array,
  ci: number,
  a: number,
  cj: number,
  b: number,
  delta: Float64Array,
  sums: QuadraticSums,
): number {
  const { d, xx, xNorm, wRef, xr } = m;
  if (m.rounding === Infinity) return NaN;
  const wo = u * d;
  for (let c = 0; c < d; c++) delta[c] = held[wo + c] - wRef[wo + c];
  if (ci >= 0) delta[ci] += a; // held is 0 there
  if (cj >= 0) delta[cj] += b;
  let lin = 0;
  let quad = 0;
  let size = 0;
  let gi = 0;
  let gj = 0;
  for (let c = 0; c < d; c++) {
    const dc = delta[c];
    const row = c * d;
    let mDelta = 0;
    for (let e = 0; e < d; e++) mDelta += xx[row + e] * delta[e];
    lin += dc * xr[wo + c];
    quad += dc * mDelta;
    size += Math.abs(dc) * xNorm[c];
    if (c === ci) gi = xr[wo + c] - mDelta;
    if (c === cj) gj = xr[wo + c] - mDelta;
  }
  sums.q = m.rr[u] - 2 * lin + quad;
  sums.gi = gi;
  sums.gj = gj;
  sums.sii = ci >= 0 ? xx[ci * d + ci] : 0;
  sums.sjj = cj >= 0 ? xx[cj * d + cj] : 0;
  sums.sij = ci >= 0 && cj >= 0 ? xx[ci * d + cj] : 0;
  const A = Math.sqrt(m.rr[u]) + size;
  return Number.isFinite(sums.q + gi + gj + sums.sii + sums.sjj + sums.sij + A) ? A : NaN;
}

/**
 * A linear slice from the moments, O(d² + nodes). False — the caller then sums the
 * records — when a sum is not finite, or when the moments' rounding could pass
 * MOMENTS_TRUST of some node's value. That is checked node by node: errors of δQ in
 * Σr² and δg in Σ r·x at the expansion point (a, b) move a node at offsets (da, db) by
 * at most δQ + 2|δg·(da, db)| ≤ rounding·A·(A + 2(|da|·√Sᵢᵢ + |db|·√Sⱼⱼ)); the
 * residuals' own rounding is checked at the minimum (residualRounding).
 */
export function momentNodes(m: Moments, slice: Slice, s: SurfaceScratch): boolean {
  const { unit, ci, cj } = slice;
  const { sums, form, held, delta } = s;
  let A = NaN;
  const solved = solveRefined(sums, form, slice.a0, slice.b0, REFINE_ALWAYS, (a, b) => {
    A = momentSums(m, unit, held, ci, a, cj, b, delta, sums);
    return !Number.isNaN(A);
  });
  if (!solved) return false;
  const { qMin } = form;
  if (!(residualRounding(m, unit, qMin) <= MOMENTS_TRUST * qMin)) return false;
  // The bound per node divided by MOMENTS_TRUST, so that a node passes when bound ≤ E there.
  const perOffset = (2 * m.rounding * A) / MOMENTS_TRUST;
  const bound = {
    atOrigin: (m.rounding * A * A) / MOMENTS_TRUST,
    perI: perOffset * m.xNorm[ci],
    perJ: cj >= 0 ? perOffset * m.xNorm[cj] : 0,
  };
  return formNodes(form, slice, bound, s, null);
}
