/**
 * The cheapest exact path for one slice (slice.ts), chosen per unit:
 *  - linear f: the quadratic form from the cached moments (fromMoments.ts), O(d² + nodes)
 *    whatever N; where they cannot be trusted, from sums over the records (records.ts),
 *    O(N + nodes), any node those cannot give summed directly;
 *  - any other f: every node directly (kernel.ts), O(nodes·N).
 */
import type { Problem } from '../problem';
import { momentNodes, momentSums, MOMENTS_TRUST } from './fromMoments';
import { directNodes, gather, LINEAR, unitError } from './kernel';
import { countRecordPass, type Moments } from './moments';
import { recordNodes } from './records';
import type { Slice } from './slice';
import type { SurfaceScratch } from './spec';

/**
 * Fills slice.out for the activation numbered `code`; `m` is the problem's moments
 * when f is linear, else null. s.held must hold the weights with the slice's zeroed.
 */
export function sliceNodes(problem: Problem, m: Moments | null, code: number, slice: Slice, s: SurfaceScratch): void {
  if (m && momentNodes(m, slice, s)) return;
  gather(problem, slice, s);
  if (m) {
    countRecordPass();
    recordNodes(problem.N, slice, s);
  } else {
    directNodes(slice, code, problem.N, s);
  }
}

/**
 * C for linear units other than ui and uj, each from the moments (momentSums at the
 * unit's weights) when their rounding, ≤ rounding·A², keeps within MOMENTS_TRUST of it,
 * else summed over the records (test: moments.test's "near an exact fit of another unit").
 */
export function linearOtherUnits(problem: Problem, m: Moments, w: Float64Array, ui: number, uj: number, s: SurfaceScratch): number {
  let sum = 0;
  for (let u = 0; u < problem.k; u++) {
    if (u === ui || u === uj) continue;
    const A = momentSums(m, u, w, -1, 0, -1, 0, s.delta, s.sums);
    const q = s.sums.q;
    if (m.rounding * A * A <= MOMENTS_TRUST * q) {
      sum += q;
    } else {
      countRecordPass();
      sum += unitError(problem, w, u, LINEAR);
    }
  }
  return sum;
}
