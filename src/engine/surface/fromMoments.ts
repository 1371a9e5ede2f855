/**
 * A linear unit's quadratic form from the problem's cached moments, O(d²) per
 * expansion point whatever N, and the rounding bound that says when its nodes can
 * be trusted: where they cannot (near a near-exact fit, offset or strongly
 * correlated inputs, far along a valley, overflow) the caller sums the records instead (records.ts).
 */
import type { Moments } from './moments';
import { formNodes, REFINE_ALWAYS, solveRefined, type QuadraticSums } from './quadratic';
import type { Slice } from './slice';
import type { SurfaceScratch } from './spec';

/**
 * The largest relative error the moments may add to any node before the records are
 * summed instead. The sums over the records keep ≈ 1e-10 at the minimum (REFINE_BELOW
 * leaves ≈ 1e-16·Σr²/qMin ≤ 1e-10), so the moments are used only where they do as well.
 * Tests: moments.test's "near an exact fit sums the records", "where the moments would
 * lose digits", "far along the valley of correlated inputs".
 */
export const MOMENTS_TRUST = 1e-10;

/**
 * The sums of unit u at weights `held` with its columns ci and cj set to a and b
 * (−1: no such axis, its sums 0 — a line), from the moments in O(d²). Returns
 * A = √rr + Σ_c |Δ_c|·√M_cc, which bounds the size of every term: the sums are within
 * rounding·A² (Σr²) and rounding·A·√M_cc (Σ r·x_c) of the records' sums. Sums
 * that overflow are left non-finite: momentNodes' bound then fails every node.
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
  return Math.sqrt(m.rr[u]) + size;
}

/**
 * A linear slice from the moments, O(d² + nodes). False — the caller then sums the
 * records — when the moments' rounding could pass MOMENTS_TRUST of some node's value
 * (always when a sum overflowed, or when m.rounding is Infinity). The sums at the
 * slice's minimum (a, b) are within rounding·A² of the records' (Σr²), and every node
 * is that minimum plus squares ≥ 0, so a node passes when rounding·A² ≤ MOMENTS_TRUST·E
 * there. (The gradient's rounding, 2·rounding·A·(|da|·√Sᵢᵢ + |db|·√Sⱼⱼ) more per node, is
 * not checked: no test needs it.) Near an exact fit the reference's damping keeps A above
 * √Σr² (see REFERENCE_DAMPING), so the same bound sends the bottom of the bowl to the records.
 */
export function momentNodes(m: Moments, slice: Slice, s: SurfaceScratch): boolean {
  const { unit, ci, cj } = slice;
  const { sums, form, held, delta } = s;
  let A = NaN;
  solveRefined(sums, form, slice.a0, slice.b0, REFINE_ALWAYS, (a, b) => {
    A = momentSums(m, unit, held, ci, a, cj, b, delta, sums);
  });
  // Tests: moments.test's "near an exact fit sums the records", "would lose digits", "far along the valley".
  return formNodes(form, slice, (m.rounding * A * A) / MOMENTS_TRUST, s, null);
}
