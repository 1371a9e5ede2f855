/**
 * The moments cache: what every linear slice of a problem needs that does not
 * depend on the weights, summed once per problem (O(N·d²)) so that later slices
 * cost O(d²·k + nodes) whatever N (least squares' normal equations).
 */
import type { Problem } from '../problem';
import { leastSquares } from './leastSquares';

/**
 * E of unit u at weights v is a quadratic in v, written around a least-squares fit
 * wRef of the unit (Δ = v − wRef, r = y_u − wRef·x the fit's residuals):
 *   Σ_μ (y_u − v·x)² = rr − 2Δᵀxr + ΔᵀMΔ,   Σ_μ x (y_u − v·x) = xr − MΔ,
 * the algebra of Σy² − 2vᵀb + vᵀMv, but with terms as small as E near the bowl's
 * bottom, where a run spends its time, instead of ≈ Σy² cancelling down to E.
 */
export interface Moments {
  /** Columns (weights per unit) and units of the problem. */
  readonly d: number;
  readonly k: number;
  /** M = Σ_μ x xᵀ over the rows x of xb, d×d row-major (symmetric), shared by all units. */
  readonly xx: Float64Array;
  /** √M_cc = √Σ_μ x_c², each column's size. */
  readonly xNorm: Float64Array;
  /** b_u = Σ_μ x y_u, unit-major: xy[u·d + c]. */
  readonly xy: Float64Array;
  /** c_u = Σ_μ y_u², per unit. */
  readonly yy: Float64Array;
  /** Per unit, reference weights: a (slightly damped) least-squares fit, near the minimum of Σ_μ (y_u − w·x)², unit-major. */
  readonly wRef: Float64Array;
  /** Per unit, Σ_μ r², r = y_u − wRef_u·x. */
  readonly rr: Float64Array;
  /** Per unit, Σ_μ x r, unit-major. */
  readonly xr: Float64Array;
  /**
   * A bound on the relative rounding of E formed from these sums: as a fraction of
   * the sum of its terms' sizes, (√rr + Σ_c |Δ_c|·√M_cc)². The sums are taken in
   * blocks of MOMENTS_BLOCK records, so it grows as MOMENTS_BLOCK + N/MOMENTS_BLOCK, not N.
   * Infinity when some number is so small (< 2⁻⁴⁵⁰) that products could underflow: no bound holds.
   */
  readonly rounding: number;
}

/**
 * problemMoments' cache. Keying by the Problem object is safe because problems are
 * immutable throughout the app: createProblem is the only code that writes their
 * typed arrays, and new data make a new Problem (store, share and viz replace the
 * object, never write into x, xb or y). A WeakMap, so an entry goes with its problem.
 * A problem posted to a worker arrives as a new object and is cached there anew.
 */
const MOMENTS = new WeakMap<Problem, Moments>();

/** Calls that computed moments (cache misses) and linear slices that read the records. */
const counts = { momentsComputed: 0, recordPasses: 0 };

/**
 * The problem's moments, computed on the first call for a problem (O(N·d² + N·d·k))
 * and cached for its lifetime; later calls return the same object. The problem's
 * arrays must not change afterwards — they never do in this app (see MOMENTS).
 */
export function problemMoments(problem: Problem): Moments {
  let m = MOMENTS.get(problem);
  if (!m) {
    m = computeMoments(problem);
    MOMENTS.set(problem, m);
    counts.momentsComputed++;
  }
  return m;
}

/** Whether the problem's moments are cached (computes nothing). */
export function hasMoments(problem: Problem): boolean {
  return MOMENTS.has(problem);
}

/**
 * For tests and benchmarks, since the module loaded: how many times moments were
 * computed (cache misses), and how many passes over the records linear slices made
 * where the moments could not be trusted (one per unit's grid or line, or other unit, concerned).
 */
export function surfaceCounts(): { momentsComputed: number; recordPasses: number } {
  return { ...counts };
}

/** Counts one pass of a linear slice over the records (see surfaceCounts). */
export function countRecordPass(): void {
  counts.recordPasses++;
}

/** Records per block when summing moments: the rounding then grows as MOMENTS_BLOCK + N/MOMENTS_BLOCK, not N. */
const MOMENTS_BLOCK = 256;
/** Below this (2⁻⁴⁵⁰) the product of two numbers could underflow, and rounding bounds fail (see hasTiny). */
const TINY = 2 ** -450;
/** u = 2⁻⁵³, the unit roundoff of a double. */
const UNIT_ROUNDOFF = Number.EPSILON / 2;

/** About how many multiply-adds computeMoments does: M, b, then the residual pass. */
export function momentsCost(problem: Problem): number {
  const { N, k, d } = problem;
  return N * ((d * (d + 1)) / 2 + 4 * d * k);
}

/**
 * Two passes over the records, in blocks of MOMENTS_BLOCK records copied column by
 * column, so that each sum is a dot product of two columns of a block (Higham, Accuracy
 * and Stability of Numerical Algorithms, 2nd ed., §4.2, on the rounding of blocked
 * sums): M, b and Σy²; then the reference fits (leastSquares); then their residuals' sums.
 */
function computeMoments(problem: Problem): Moments {
  const { N, k, d } = problem;
  const B = MOMENTS_BLOCK;
  const cols = new Float64Array(d * B); // one block, column c at c·B
  const targets = new Float64Array(k * B); // its targets, then one unit's residuals
  const xx = new Float64Array(d * d);
  const xy = new Float64Array(k * d);
  const yy = new Float64Array(k);
  for (let start = 0; start < N; start += B) {
    const len = copyBlock(problem, start, cols, targets);
    for (let c = 0; c < d; c++) {
      for (let e = 0; e <= c; e++) xx[c * d + e] += dotBlock(cols, c * B, cols, e * B, len);
    }
    for (let u = 0; u < k; u++) {
      for (let c = 0; c < d; c++) xy[u * d + c] += dotBlock(cols, c * B, targets, u * B, len);
      yy[u] += dotBlock(targets, u * B, targets, u * B, len);
    }
  }
  const xNorm = new Float64Array(d);
  for (let c = 0; c < d; c++) {
    for (let e = 0; e < c; e++) xx[e * d + c] = xx[c * d + e];
    xNorm[c] = Math.sqrt(xx[c * d + c]);
  }
  const wRef = new Float64Array(k * d);
  leastSquares(xx, xNorm, xy, d, k, wRef);

  const rr = new Float64Array(k);
  const xr = new Float64Array(k * d);
  for (let start = 0; start < N; start += B) {
    const len = copyBlock(problem, start, cols, targets);
    for (let u = 0, wo = 0; u < k; u++, wo += d) {
      const r = u * B; // the unit's targets become its residuals y − wRef·x
      for (let c = 0; c < d; c++) {
        const w = wRef[wo + c];
        for (let q = 0, o = c * B; q < len; q++, o++) targets[r + q] -= w * cols[o];
      }
      rr[u] += dotBlock(targets, r, targets, r, len);
      for (let c = 0; c < d; c++) xr[wo + c] += dotBlock(cols, c * B, targets, r, len);
    }
  }
  // Each sum: ≤ (MOMENTS_BLOCK + ⌈N/MOMENTS_BLOCK⌉)·u of its terms' sizes (a block's terms
  // then the blocks); forming E from the sums, two nested dot products of length d, ≤ (2d + 6)·u.
  // No bound holds where products could underflow (numbers below 2⁻⁴⁵⁰ ≈ 3.5e-136): then always the records
  // (test: moments.test's "inputs below 2⁻⁴⁵⁰ … sums the records").
  const rounding = hasTiny(problem) ? Infinity : UNIT_ROUNDOFF * (Math.min(N, B) + Math.ceil(N / B) + 2 * d + 6);
  return { d, k, xx, xNorm, xy, yy, wRef, rr, xr, rounding };
}

/** Whether an input or target is non-zero but below TINY, where products of two could lose digits to underflow. */
function hasTiny(problem: Problem): boolean {
  const { xb, y } = problem;
  for (let q = 0; q < xb.length; q++) if (xb[q] !== 0 && Math.abs(xb[q]) < TINY) return true;
  for (let q = 0; q < y.length; q++) if (y[q] !== 0 && Math.abs(y[q]) < TINY) return true;
  return false;
}

/** Copies records start… (at most MOMENTS_BLOCK) into columns: cols[c·B + q], targets[u·B + q]. Returns how many. */
function copyBlock(problem: Problem, start: number, cols: Float64Array, targets: Float64Array): number {
  const { N, k, d, xb, y } = problem;
  const B = MOMENTS_BLOCK;
  const len = Math.min(B, N - start);
  for (let q = 0; q < len; q++) {
    const xo = (start + q) * d;
    const yo = (start + q) * k;
    for (let c = 0; c < d; c++) cols[c * B + q] = xb[xo + c];
    for (let u = 0; u < k; u++) targets[u * B + q] = y[yo + u];
  }
  return len;
}

/**
 * Σ_q a[ao + q]·b[bo + q] for q < len, in four interleaved partial sums: independent
 * additions run faster than one chain (≈ 1.3× measured), and the rounding bound is no worse.
 */
function dotBlock(a: Float64Array, ao: number, b: Float64Array, bo: number, len: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let q = 0;
  for (; q + 3 < len; q += 4) {
    s0 += a[ao + q] * b[bo + q];
    s1 += a[ao + q + 1] * b[bo + q + 1];
    s2 += a[ao + q + 2] * b[bo + q + 2];
    s3 += a[ao + q + 3] * b[bo + q + 3];
  }
  for (; q < len; q++) s0 += a[ao + q] * b[bo + q];
  return s0 + s1 + (s2 + s3);
}
