/**
 * A linear unit's quadratic form from sums over its (gathered) records: O(N) per
 * expansion point, then O(nodes) — the path for problems whose moments cannot be
 * trusted (moments.ts), and exact to ≈ 1e-16·Σr²/qMin at the minimum.
 */
import { directNode, LINEAR } from './kernel';
import { formNodes, REFINE_BELOW, solveRefined, type QuadraticSums } from './quadratic';
import type { Slice } from './slice';
import type { SurfaceScratch } from './spec';

/**
 * The sums of QuadraticSums over the gathered records at w_i = a, w_j = b, one pass
 * (a line's xJ is 0, so its j sums are 0). Sums that overflow make the form NaN, and
 * formNodes then sums each node directly.
 */
function recordSums(N: number, a: number, b: number, s: SurfaceScratch, sums: QuadraticSums): void {
  const { base, xI, xJ, y } = s;
  let q = 0;
  let gi = 0;
  let gj = 0;
  let sii = 0;
  let sjj = 0;
  let sij = 0;
  for (let mu = 0; mu < N; mu++) {
    const xi = xI[mu];
    const xj = xJ[mu];
    const r = y[mu] - (base[mu] + a * xi + b * xj);
    q += r * r;
    gi += r * xi;
    gj += r * xj;
    sii += xi * xi;
    sjj += xj * xj;
    sij += xi * xj;
  }
  sums.q = q;
  sums.gi = gi;
  sums.gj = gj;
  sums.sii = sii;
  sums.sjj = sjj;
  sums.sij = sij;
}

/**
 * A linear slice from sums over its N records, O(N + nodes), once gather() has
 * filled the scratch's columns; any node the form cannot give is summed directly.
 */
export function recordNodes(N: number, slice: Slice, s: SurfaceScratch): void {
  const { sums, form } = s;
  solveRefined(sums, form, slice.a0, slice.b0, REFINE_BELOW, (a, b) => recordSums(N, a, b, s, sums));
  const { axisI, axisJ } = slice;
  // Record sums need no rounding bound beyond E ≥ 0: they keep ≈ 1e-16·Σr²/qMin, as summing each node would.
  formNodes(form, slice, 0, s, (c, r) => directNode(LINEAR, N, axisI[c], axisJ[r], s));
}
