/**
 * A linear unit's error as a quadratic form, and the one pipeline that turns it
 * into node values for grids and lines alike. With r = y − h at an expansion point
 * (a, b), E at offsets (da, db) is Σ_μ (r − da·xᵢ − db·xⱼ)², whose coefficients are
 * six sums (QuadraticSums) — from the records (records.ts) or from the problem's
 * moments (fromMoments.ts). A line's sums have xⱼ = 0 (see slice.ts).
 */
import type { Slice } from './slice';

/** The sums at an expansion point (a, b), r = y − h(a, b). */
export interface QuadraticSums {
  /** Σ r² */
  q: number;
  /** Σ r·xᵢ and Σ r·xⱼ */
  gi: number;
  gj: number;
  /** Σ xᵢ², Σ xⱼ², Σ xᵢ·xⱼ */
  sii: number;
  sjj: number;
  sij: number;
}

/**
 * The quadratic completed twice (p the axis with the larger Σx², q the other, offsets from (a, b)):
 *   qMin + p·(dp + rho·dq − gamma)² + schur·(dq − eta)²,
 * or, when the columns are (nearly) collinear and schur is rounding noise (eta NaN),
 *   qMin + p·(dp + rho·dq − gamma)² + schur·dq² − 2·gRest·dq.
 */
export interface QuadraticForm {
  /** The expansion point: the horizontal and vertical weights' values the sums were taken at. */
  a: number;
  b: number;
  /** The minimum (over the completed axes) and the pivot's Σx². */
  qMin: number;
  p: number;
  /** rho = S_pq/S_pp, gamma = g_p/S_pp, schur = S_qq − rho·S_pq, gRest = g_q − rho·g_p. */
  rho: number;
  gamma: number;
  schur: number;
  /** gRest/schur, the q axis's minimum; NaN when that axis is not completed to a square. */
  eta: number;
  gRest: number;
  /** Whether the horizontal (i) axis is the pivot p. */
  pivotI: boolean;
}

/** Fresh sums, all 0. */
export function createSums(): QuadraticSums {
  return { q: 0, gi: 0, gj: 0, sii: 0, sjj: 0, sij: 0 };
}

/** A fresh form, all 0. */
export function createForm(): QuadraticForm {
  return { a: 0, b: 0, qMin: 0, p: 0, rho: 0, gamma: 0, schur: 0, eta: NaN, gRest: 0, pivotI: true };
}

/**
 * Record sums: below this fraction of Σr² at the expansion point, the minimum found
 * from the sums has lost too many digits to cancellation (its error is ≈ 1e-16·Σr²):
 * the sums are taken again at that minimum, where Σr² is summed directly.
 */
export const REFINE_BELOW = 1e-6; // test: quadratic.test's "near an exact fit is as exact at the minimum as summing the records"
/**
 * Moments: re-expanding costs O(d²), so it is done whenever the point is not already the
 * minimum (qMin < Σr²). Test: seed-values' errorAlongWeight(problem, w, 0, linear, sse, …) at 1e-13.
 */
export const REFINE_ALWAYS = 1;

/** Completes the square twice (see QuadraticForm); leaves form.a and form.b alone. */
export function solveQuadratic(m: QuadraticSums, form: QuadraticForm): void {
  const pivotI = m.sii >= m.sjj;
  const Spp = pivotI ? m.sii : m.sjj;
  const Sqq = pivotI ? m.sjj : m.sii;
  const gp = pivotI ? m.gi : m.gj;
  const gq = pivotI ? m.gj : m.gi;
  let qMin = m.q;
  let rho = 0;
  let gamma = 0;
  let schur = 0;
  let eta = NaN;
  let gRest = 0;
  // Both columns zero: E does not depend on a or b (test: computeLine's "along a weight whose input is all zero").
  if (Spp > 0) {
    rho = m.sij / Spp;
    gamma = gp / Spp;
    schur = Sqq - rho * m.sij;
    gRest = gq - rho * gp;
    qMin -= gp * gamma;
    // No second axis (a line) or exactly collinear columns: the q axis stays linear (test: every computeLine(linear) test).
    if (schur > 0) {
      eta = gRest / schur;
      qMin -= gRest * eta;
    }
  }
  form.qMin = qMin;
  form.p = Spp;
  form.rho = rho;
  form.gamma = gamma;
  form.schur = schur;
  form.eta = eta;
  form.gRest = gRest;
  form.pivotI = pivotI;
}

/**
 * Takes the sums at (a0, b0) and solves; when qMin < refineBelow·Σr² (too much
 * cancelled: REFINE_BELOW, or REFINE_ALWAYS), takes them again at the minimum just
 * found and solves once more (one step of iterative refinement, Higham, Accuracy and
 * Stability of Numerical Algorithms, 2nd ed., ch. 12). `sumsAt` fills `sums` at a
 * point. Afterwards `form` holds the final point and form (NaN where sums overflowed:
 * formNodes then rejects or repairs every node).
 */
export function solveRefined(
  sums: QuadraticSums,
  form: QuadraticForm,
  a0: number,
  b0: number,
  refineBelow: number,
  sumsAt: (a: number, b: number) => void,
): void {
  form.a = a0;
  form.b = b0;
  sumsAt(a0, b0);
  solveQuadratic(sums, form);
  if (form.qMin < refineBelow * sums.q) {
    // A line or collinear columns have no eta: the q axis stays put (test: every computeLine(linear) test).
    const dq = Number.isNaN(form.eta) ? 0 : form.eta;
    const dp = form.gamma - form.rho * dq;
    form.a += form.pivotI ? dp : dq;
    form.b += form.pivotI ? dq : dp;
    sumsAt(form.a, form.b);
    solveQuadratic(sums, form);
  }
}

/** The per-line buffers formNodes works in (a SurfaceScratch has them; named here so this module needs nothing from spec.ts). */
export interface FormBuffers {
  readonly shiftI: Float64Array;
  readonly shiftJ: Float64Array;
  readonly termI: Float64Array;
  readonly termJ: Float64Array;
}

/**
 * The pipeline's last stage, for grids and lines alike: every node of the slice from
 * the solved form, as a minimum plus squares so that every term is ≥ 0 and overflow
 * gives +∞, not ∞ − ∞ (the same algebra as Σr² − 2a·Σrxᵢ − … but exact near the
 * minimum). A node must be ≥ `atLeast` (what the moments' rounding may add; 0 for
 * record sums), and so ≥ 0 and not NaN. When one is not: with no
 * `repair` (moments) returns false at once, for the caller to sum the records; with
 * `repair` (record sums) the node is summed directly by repair(c, r) — rounding below 0
 * at an exact fit, NaN where the sums overflowed or ∞ − ∞ far out in a huge window.
 */
export function formNodes(
  form: QuadraticForm,
  slice: Slice,
  atLeast: number,
  s: FormBuffers,
  repair: ((c: number, r: number) => number) | null,
): boolean {
  const { axisI, axisJ, Gi, Gj, C, scale, out } = slice;
  const { shiftI, shiftJ, termI, termJ } = s;
  const { a, b, qMin, p: P } = form;
  fillTerms(axisI, Gi, a, form, form.pivotI, shiftI, termI);
  fillTerms(axisJ, Gj, b, form, !form.pivotI, shiftJ, termJ);
  for (let r = 0; r < Gj; r++) {
    const tr = qMin + termJ[r];
    const sr = shiftJ[r];
    for (let c = 0, o = r * Gi; c < Gi; c++, o++) {
      const t = shiftI[c] + sr;
      let v = tr + termI[c] + P * t * t;
      if (!(v >= atLeast)) {
        if (repair === null) return false;
        if (!(v >= 0)) v = repair(c, r); // test: overflow.test's "inputs ≈ 1e200 gives Infinity, not NaN"
      }
      out[o] = scale * (C + v);
    }
  }
  return true;
}

/**
 * Per grid line of one axis, the offset from the expansion point `origin` turned
 * into the form's pieces: on the pivot axis shift = offset − gamma and no term; on
 * the other shift = rho·offset, term = schur(offset − eta)² (or schur·offset² − 2·gRest·offset).
 */
function fillTerms(
  axis: ArrayLike<number>,
  G: number,
  origin: number,
  form: QuadraticForm,
  pivot: boolean,
  shift: Float64Array,
  term: Float64Array,
): void {
  const { rho, gamma, schur, eta, gRest } = form;
  const completed = !Number.isNaN(eta);
  for (let c = 0; c < G; c++) {
    const off = axis[c] - origin;
    if (pivot) {
      shift[c] = off - gamma;
      term[c] = 0;
    } else {
      shift[c] = rho * off;
      const t = off - eta;
      term[c] = completed ? schur * t * t : off * (schur * off - 2 * gRest);
    }
  }
}
