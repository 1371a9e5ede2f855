/**
 * The error surface E(wᵢ, wⱼ): E on a G×G grid over two weights, every other
 * weight held, for the contour and 3-D views — the 2-D version of curve.ts. The
 * held part of each record's h is computed once; then the cheapest exact method:
 *  - i and j in different output units: E separates, E(a, b) = C + E_i(a) + E_j(b),
 *    two 1-D scans and a sum, O(G·N + G²);
 *  - same unit, linear f: E is a quadratic in (a, b) whose coefficients are sums
 *    over the records (least squares' normal equations), O(N + G²);
 *  - same unit, any other f: every node, O(G²·N).
 * C, the error of the units neither weight feeds, is one constant added everywhere.
 */
import { LEAKY_SLOPE, type ActivationName } from './activations';
import { lossScale, type LossName } from './loss';
import { MAX_INPUTS, MAX_OUTPUTS, type Problem } from './problem';

/** What a surface is computed for: a G×G grid over two weights, every other weight held at w. */
export interface SurfaceSpec {
  problem: Problem;
  /** Current weights (unit-major, length k·d); all but i and j are held fixed. */
  w: ArrayLike<number>;
  /** Flat weight indices on the horizontal (i) and vertical (j) axes; i !== j. */
  i: number;
  j: number;
  activation: ActivationName;
  loss: LossName;
  /** Window: weight i from x0 to x1, weight j from y0 to y1 (both ends included). */
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Grid points per side (≥ 2). */
  G: number;
}

/**
 * Reusable buffers for computeSurface (sized for N records and G). They serve any
 * problem of at most N records (and at most MAX_OUTPUTS × (MAX_INPUTS + 1) weights)
 * and any grid of at most G points per side.
 */
export interface SurfaceScratch {
  /** Most records and most grid points per side these buffers serve. */
  readonly N: number;
  readonly G: number;
  /** The weights with w_i = w_j = 0, so that Σ w·x is the held part of h. */
  readonly held: Float64Array;
  /** Per record: held part of h of weight i's unit. */
  readonly baseI: Float64Array;
  /** Per record: held part of h of weight j's unit (different units), or h at one grid row (same unit). */
  readonly baseJ: Float64Array;
  /** Per record: the inputs that weights i and j multiply. */
  readonly xI: Float64Array;
  readonly xJ: Float64Array;
  /** Per record: the targets of the units of weights i and j. */
  readonly yI: Float64Array;
  readonly yJ: Float64Array;
  /** Per grid line: the weight values along each axis. */
  readonly axisI: Float64Array;
  readonly axisJ: Float64Array;
  /** Per grid line: E of one unit along the axis (different units), or a term of the quadratic form. */
  readonly termI: Float64Array;
  readonly termJ: Float64Array;
  /** Per grid line: the quadratic form's shifted coordinates. */
  readonly shiftI: Float64Array;
  readonly shiftJ: Float64Array;
  /** The quadratic form's sums, then its coefficients (see solveQuadratic). */
  readonly sums: Float64Array;
  readonly coef: Float64Array;
}

/** Allocates buffers for problems of up to N records and grids of up to G points per side. */
export function createSurfaceScratch(N: number, G: number): SurfaceScratch {
  if (!(Number.isInteger(N) && N >= 1)) throw new RangeError(`createSurfaceScratch: N must be a positive integer, got ${N}`);
  if (!(Number.isInteger(G) && G >= 2)) throw new RangeError(`createSurfaceScratch: G must be an integer ≥ 2, got ${G}`);
  const perRecord = () => new Float64Array(N);
  const perLine = () => new Float64Array(G);
  return {
    N,
    G,
    held: new Float64Array(MAX_OUTPUTS * (MAX_INPUTS + 1)),
    baseI: perRecord(),
    baseJ: perRecord(),
    xI: perRecord(),
    xJ: perRecord(),
    yI: perRecord(),
    yJ: perRecord(),
    axisI: perLine(),
    axisJ: perLine(),
    termI: perLine(),
    termJ: perLine(),
    shiftI: perLine(),
    shiftJ: perLine(),
    sums: new Float64Array(6),
    coef: new Float64Array(8),
  };
}

/**
 * About how many inner-loop operations computeSurface does for `spec` (one
 * operation ≈ one activation evaluation or one record's multiply-adds), for the
 * caller's choice of main thread or worker. A linear unit costs O(N + G²), except
 * when the quadratic form's sums overflow (inputs or weights past ≈ 1e150): the
 * O(G²·N) direct loop then runs instead, and this estimate is low.
 */
export function surfaceCost(spec: Pick<SurfaceSpec, 'problem' | 'i' | 'j' | 'activation' | 'G'>): number {
  const { problem, i, j, activation, G } = spec;
  const { N, k, d } = problem;
  const held = N * k * d;
  const linear = activation === 'linear';
  if (Math.floor(i / d) !== Math.floor(j / d)) return held + (linear ? 2 * N : 2 * G * N) + G * G;
  return held + (linear ? N + G * G : G * G * N + G * N);
}

/**
 * E at every grid node, row-major: out[r*G + c] = E with w_i = x0 + c·(x1−x0)/(G−1) and
 * w_j = y0 + r·(y1−y0)/(G−1). Values that overflow stay non-finite (Infinity), never throw.
 * `out` (length G·G) is reused when given; `scratch` likewise (see below) so repeated calls allocate nothing.
 *
 * The last node of each axis is exactly x1 (y1). A RangeError is thrown only for a
 * call that cannot mean a surface — i === j (one weight on both axes is the curve
 * view's line), an index outside 0…k·d−1, w not of length k·d, G not an integer ≥ 2,
 * `out` not of length G·G, `scratch` too small — never because of the numbers.
 */
export function computeSurface(spec: SurfaceSpec, out?: Float64Array, scratch?: SurfaceScratch): Float64Array {
  const { problem, i, j, G } = spec;
  const { N, d } = problem;
  check(spec);
  const grid = out ?? new Float64Array(G * G);
  if (grid.length !== G * G) throw new RangeError(`computeSurface: out has length ${grid.length}, G·G is ${G * G}`);
  const s = scratch ?? createSurfaceScratch(N, G);
  if (s.N < N || s.G < G || s.held.length < spec.w.length) {
    throw new RangeError(
      `computeSurface: scratch is for N ≤ ${s.N}, G ≤ ${s.G}, ${s.held.length} weights; ` +
        `this surface needs ${N}, ${G}, ${spec.w.length}`,
    );
  }

  fillAxis(s.axisI, G, spec.x0, spec.x1);
  fillAxis(s.axisJ, G, spec.y0, spec.y1);
  const { held } = s;
  for (let q = 0; q < spec.w.length; q++) held[q] = spec.w[q];
  // Zero weights rather than skipped terms: 0·x = 0 exactly, and the loops stay branch-free.
  held[i] = 0;
  held[j] = 0;
  const code = ACTIVATION_CODE[spec.activation];
  const scale = 0.5 * lossScale(spec.loss, N);

  const ui = Math.floor(i / d);
  const uj = Math.floor(j / d);
  const C = otherUnits(problem, held, ui, uj, code);
  if (ui !== uj) {
    gather(problem, i, j, s);
    if (code === LINEAR) {
      linearLine(s.baseI, s.xI, s.yI, N, spec.w[i], s.axisI, G, s.termI, s);
      linearLine(s.baseJ, s.xJ, s.yJ, N, spec.w[j], s.axisJ, G, s.termJ, s);
    } else {
      scanLine(s.baseI, s.xI, s.yI, N, code, s.axisI, G, s.termI);
      scanLine(s.baseJ, s.xJ, s.yJ, N, code, s.axisJ, G, s.termJ);
    }
    const { termI, termJ } = s;
    for (let r = 0; r < G; r++) {
      const row = C + termJ[r];
      for (let c = 0, o = r * G; c < G; c++, o++) grid[o] = scale * (row + termI[c]);
    }
  } else if (!(code === LINEAR && linearGrid(problem, i, j, spec.w[i], spec.w[j], G, C, scale, s, grid))) {
    gather(problem, i, j, s);
    directGrid(s, N, code, G, C, scale, grid);
  }
  return grid;
}

function check(spec: SurfaceSpec): void {
  const { problem, w, i, j, G } = spec;
  const size = problem.k * problem.d;
  if (!isIndex(i, size) || !isIndex(j, size)) {
    throw new RangeError(`computeSurface: i = ${i}, j = ${j} must be weight indices 0…${size - 1}`);
  }
  if (i === j) throw new RangeError(`computeSurface: i and j are both ${i}; a surface needs two different weights`);
  if (w.length !== size) throw new RangeError(`computeSurface: w has ${w.length} weights, the problem has k·d = ${size}`);
  if (!(Number.isInteger(G) && G >= 2)) throw new RangeError(`computeSurface: G must be an integer ≥ 2, got ${G}`);
}

function isIndex(q: number, size: number): boolean {
  return Number.isInteger(q) && q >= 0 && q < size;
}

/** Weight values along one axis, both ends exact; lerp when v1 − v0 overflows (e.g. ±1e308). */
function fillAxis(axis: Float64Array, G: number, v0: number, v1: number): void {
  const span = v1 - v0;
  const last = G - 1;
  const lerp = !Number.isFinite(span);
  for (let c = 0; c < last; c++) axis[c] = lerp ? v0 * (1 - c / last) + v1 * (c / last) : v0 + (c * span) / last;
  axis[last] = v1;
}

// Activations by number. ACTIVATIONS[name].f, called from one loop for every
// activation the app shows, becomes a megamorphic call that V8 no longer inlines:
// each record then pays a call (measured 1.65–1.9× the hand-written loop). A
// switch in one small function inlines every formula; the branch is always
// predicted. The formulas are written out, not imported: under Vitest's module
// transform a call of an imported function is a property load that was not
// inlined (1.76× the hand loop); bundled for the browser it would be.
const SIGMOID = 0;
const TANH = 1;
const LINEAR = 2;
const RELU = 3;
const LEAKY_RELU = 4;
const SOFTPLUS = 5;
const ACTIVATION_CODE: Readonly<Record<ActivationName, number>> = {
  sigmoid: SIGMOID,
  tanh: TANH,
  linear: LINEAR,
  relu: RELU,
  'leaky-relu': LEAKY_RELU,
  softplus: SOFTPLUS,
};

/** f(h) of the activation numbered `code`: the formulas of activations.ts, written out. */
function activate(code: number, h: number): number {
  switch (code) {
    case SIGMOID:
      return 1 / (1 + Math.exp(-h));
    case TANH:
      return Math.tanh(h);
    case RELU:
      return h > 0 ? h : 0;
    case LEAKY_RELU:
      return h > 0 ? h : LEAKY_SLOPE * h;
    case SOFTPLUS:
      return h > 0 ? h + Math.log1p(Math.exp(-h)) : Math.log1p(Math.exp(h));
    default:
      return h;
  }
}

/** C = Σ_μ Σ_u (y_u − ŷ_u)² over the units u other than ui and uj. */
function otherUnits(problem: Problem, w: Float64Array, ui: number, uj: number, code: number): number {
  const { N, k, d, xb, y } = problem;
  let sum = 0;
  for (let u = 0, wo = 0; u < k; u++, wo += d) {
    if (u === ui || u === uj) continue;
    for (let mu = 0; mu < N; mu++) {
      const xo = mu * d;
      let net = 0;
      for (let c = 0; c < d; c++) net += w[wo + c] * xb[xo + c];
      const e = y[mu * k + u] - activate(code, net);
      sum += e * e;
    }
  }
  return sum;
}

/**
 * Fills the per-record columns of the scratch: the held part of h of each weight's
 * unit, the inputs the two weights multiply and their units' targets.
 */
function gather(problem: Problem, i: number, j: number, s: SurfaceScratch): void {
  const { N, k, d, xb, y } = problem;
  const ui = Math.floor(i / d);
  const uj = Math.floor(j / d);
  const ci = i - ui * d;
  const cj = j - uj * d;
  const { held, baseI, baseJ, xI, xJ, yI, yJ } = s;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    xI[mu] = xb[xo + ci];
    xJ[mu] = xb[xo + cj];
    yI[mu] = y[mu * k + ui];
    yJ[mu] = y[mu * k + uj];
    let net = 0;
    for (let c = 0, wo = ui * d; c < d; c++) net += held[wo + c] * xb[xo + c];
    baseI[mu] = net;
    if (uj !== ui) {
      net = 0;
      for (let c = 0, wo = uj * d; c < d; c++) net += held[wo + c] * xb[xo + c];
      baseJ[mu] = net;
    }
  }
}

/** line[c] = Σ_μ (y − f(base + axis[c]·x))²: one unit's error along one weight. */
function scanLine(
  base: Float64Array,
  x: Float64Array,
  y: Float64Array,
  N: number,
  code: number,
  axis: Float64Array,
  G: number,
  line: Float64Array,
): void {
  for (let c = 0; c < G; c++) {
    const a = axis[c];
    let sum = 0;
    for (let mu = 0; mu < N; mu++) {
      const e = y[mu] - activate(code, base[mu] + a * x[mu]);
      sum += e * e;
    }
    line[c] = sum;
  }
}

/**
 * Every node directly, O(G²·N). The j term is folded into each record's h once per
 * row, so the inner loop is one multiply-add, one f and one square per record.
 */
function directGrid(s: SurfaceScratch, N: number, code: number, G: number, C: number, scale: number, grid: Float64Array): void {
  const { baseI, baseJ: row, xI, xJ, yI, axisI, axisJ } = s;
  for (let r = 0; r < G; r++) {
    const b = axisJ[r];
    for (let mu = 0; mu < N; mu++) row[mu] = baseI[mu] + b * xJ[mu];
    for (let c = 0, o = r * G; c < G; c++, o++) {
      const a = axisI[c];
      let sum = 0;
      for (let mu = 0; mu < N; mu++) {
        const e = yI[mu] - activate(code, row[mu] + a * xI[mu]);
        sum += e * e;
      }
      grid[o] = scale * (C + sum);
    }
  }
}

// Slots of SurfaceScratch.sums, taken at an expansion point (a₀, b₀), r = y − h(a₀, b₀):
const Q = 0; // Σ r²
const GI = 1; // Σ r xᵢ
const GJ = 2; // Σ r xⱼ
const SII = 3; // Σ xᵢ²
const SJJ = 4; // Σ xⱼ²
const SIJ = 5; // Σ xᵢ xⱼ

/**
 * Below this fraction of Σr² at the expansion point, the minimum found from the
 * sums has lost too many digits to cancellation (its error is ≈ 1e-16·Σr²): the
 * sums are taken again at that minimum, where Σr² is summed directly.
 */
const REFINE_BELOW = 1e-6;
/** The second axis is completed to a square only when the Schur complement keeps ≥ 6 digits. */
const COLLINEAR_BELOW = 1e-10;

/**
 * Linear unit, i and j in one unit: Σ_μ (r − da·xᵢ − db·xⱼ)² as a quadratic in the
 * offsets from the current weights (a₀, b₀), written as a minimum plus squares so
 * that every term is ≥ 0 and overflow gives +∞, not ∞ − ∞ (the same algebra as
 * Srr − 2a·Sri − 2b·Srj + a²Sii + 2ab·Sij + b²Sjj, but exact near the minimum).
 * Returns false, for the direct loop, when a sum is not finite.
 */
function linearGrid(
  problem: Problem,
  i: number,
  j: number,
  a0: number,
  b0: number,
  G: number,
  C: number,
  scale: number,
  s: SurfaceScratch,
  grid: Float64Array,
): boolean {
  const { sums, coef } = s;
  let a = a0;
  let b = b0;
  if (!linearSums(problem, s.held, i, j, a, b, sums)) return false;
  solveQuadratic(sums, coef);
  if (coef[QMIN] < REFINE_BELOW * sums[Q]) {
    // Too much cancelled (see REFINE_BELOW): expand again at the minimum just found.
    const dq = Number.isNaN(coef[ETA]) ? 0 : coef[ETA];
    const dp = coef[GAMMA] - coef[RHO] * dq;
    a += coef[PIVOT_I] === 1 ? dp : dq;
    b += coef[PIVOT_I] === 1 ? dq : dp;
    if (!linearSums(problem, s.held, i, j, a, b, sums)) return false;
    solveQuadratic(sums, coef);
  }
  const { axisI, axisJ, termI, termJ, shiftI, shiftJ } = s;
  const pivotI = coef[PIVOT_I] === 1;
  fillTerms(axisI, G, a, coef, pivotI, shiftI, termI);
  fillTerms(axisJ, G, b, coef, !pivotI, shiftJ, termJ);
  const qMin = coef[QMIN];
  const P = coef[P_COEF];
  for (let r = 0; r < G; r++) {
    const tr = qMin + termJ[r];
    const sr = shiftJ[r];
    for (let c = 0, o = r * G; c < G; c++, o++) {
      const t = shiftI[c] + sr;
      let v = tr + termI[c] + P * t * t;
      // E ≥ 0: below 0 is rounding at an exact fit; NaN or −∞ (∞ − ∞ far out in a huge window) is no value.
      if (!(v >= 0)) v = v > -Infinity ? 0 : linearNode(problem, s.held, i, j, axisI[c], axisJ[r]);
      grid[o] = scale * (C + v);
    }
  }
  return true;
}

/**
 * One pass over the records, reading the problem's own arrays (nothing is gathered:
 * at large N this pass is the whole O(N) cost): the sums of SurfaceScratch.sums
 * for the unit of i and j at w_i = a, w_j = b. False when any is not finite.
 */
function linearSums(problem: Problem, held: Float64Array, i: number, j: number, a: number, b: number, sums: Float64Array): boolean {
  const { N, k, d, xb, y } = problem;
  const unit = Math.floor(i / d);
  const wo = unit * d;
  const ci = i - wo;
  const cj = j - wo;
  let q = 0;
  let gi = 0;
  let gj = 0;
  let sii = 0;
  let sjj = 0;
  let sij = 0;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    let net = 0;
    for (let c = 0; c < d; c++) net += held[wo + c] * xb[xo + c];
    const xi = xb[xo + ci];
    const xj = xb[xo + cj];
    const r = y[mu * k + unit] - (net + a * xi + b * xj);
    q += r * r;
    gi += r * xi;
    gj += r * xj;
    sii += xi * xi;
    sjj += xj * xj;
    sij += xi * xj;
  }
  sums[Q] = q;
  sums[GI] = gi;
  sums[GJ] = gj;
  sums[SII] = sii;
  sums[SJJ] = sjj;
  sums[SIJ] = sij;
  return Number.isFinite(q + gi + gj + sii + sjj + sij);
}

/** Σ_μ (y − h)² of the (linear) unit of i and j at w_i = a, w_j = b, summed directly. */
function linearNode(problem: Problem, held: Float64Array, i: number, j: number, a: number, b: number): number {
  const { N, k, d, xb, y } = problem;
  const unit = Math.floor(i / d);
  const wo = unit * d;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    let net = a * xb[xo + i - wo] + b * xb[xo + j - wo];
    for (let c = 0; c < d; c++) net += held[wo + c] * xb[xo + c];
    const e = y[mu * k + unit] - net;
    sum += e * e;
  }
  return sum;
}

// Slots of SurfaceScratch.coef, see solveQuadratic.
const QMIN = 0;
const P_COEF = 1;
const RHO = 2;
const GAMMA = 3;
const SCHUR = 4;
const ETA = 5; // NaN when the second axis is not completed to a square
const G_REST = 6;
const PIVOT_I = 7; // 1 when weight i's axis is the pivot p, else 0

/**
 * The quadratic Q − 2gₚ·dp − 2g_q·dq + Sₚₚdp² + 2Sₚ_q·dp·dq + S_qq·dq² (p the axis with
 * the larger Σx², q the other; dp, dq offsets from the expansion point) rewritten
 * by completing the square twice:
 *   qMin + Sₚₚ(dp + ρ·dq − γ)² + σ(dq − η)²,  ρ = Sₚ_q/Sₚₚ, γ = gₚ/Sₚₚ, σ = S_qq − ρ·Sₚ_q,
 * or, when the columns are (nearly) collinear and σ is rounding noise,
 *   qMin + Sₚₚ(dp + ρ·dq − γ)² + σ·dq² − 2g′·dq  with g′ = g_q − ρ·gₚ (both ≈ 0 then).
 * With the q sums zero (a 1-D line) this is qMin + Sₚₚ(dp − γ)².
 */
function solveQuadratic(m: Float64Array, coef: Float64Array): void {
  const pivotI = m[SII] >= m[SJJ];
  const Spp = pivotI ? m[SII] : m[SJJ];
  const Sqq = pivotI ? m[SJJ] : m[SII];
  const gp = pivotI ? m[GI] : m[GJ];
  const gq = pivotI ? m[GJ] : m[GI];
  const Spq = m[SIJ];
  let qMin = m[Q];
  let rho = 0;
  let gamma = 0;
  let schur = 0;
  let eta = NaN;
  let gRest = 0;
  if (Spp > 0) {
    rho = Spq / Spp;
    gamma = gp / Spp;
    schur = Math.max(0, Sqq - rho * Spq);
    gRest = gq - rho * gp;
    qMin -= gp * gamma;
    if (schur > COLLINEAR_BELOW * Sqq) {
      eta = gRest / schur;
      qMin -= gRest * eta;
    }
  } // else both columns are zero: E does not depend on a or b
  coef[QMIN] = qMin;
  coef[P_COEF] = Spp;
  coef[RHO] = rho;
  coef[GAMMA] = gamma;
  coef[SCHUR] = schur;
  coef[ETA] = eta;
  coef[G_REST] = gRest;
  coef[PIVOT_I] = pivotI ? 1 : 0;
}

/**
 * Per grid line of one axis, the offset from the expansion point `origin` turned
 * into the quadratic form's pieces: on the pivot axis shift = offset − γ and no
 * term; on the other shift = ρ·offset, term = σ(offset − η)² (or σ·offset² − 2g′·offset).
 */
function fillTerms(
  axis: Float64Array,
  G: number,
  origin: number,
  coef: Float64Array,
  pivot: boolean,
  shift: Float64Array,
  term: Float64Array,
): void {
  const rho = coef[RHO];
  const gamma = coef[GAMMA];
  const schur = coef[SCHUR];
  const eta = coef[ETA];
  const gRest = coef[G_REST];
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

/**
 * One linear unit's error along one weight, line[c] = Σ_μ (y − base − axis[c]·x)²,
 * as the 1-D quadratic qMin + Σx²·(offset − γ)² from sums at a₀: O(N + G). Scans
 * the records instead when the sums overflow.
 */
function linearLine(
  base: Float64Array,
  x: Float64Array,
  y: Float64Array,
  N: number,
  a0: number,
  axis: Float64Array,
  G: number,
  line: Float64Array,
  s: SurfaceScratch,
): void {
  const { sums, coef } = s;
  let a = a0;
  let ok = lineSums(base, x, y, N, a, sums);
  if (ok) {
    solveQuadratic(sums, coef);
    if (coef[QMIN] < REFINE_BELOW * sums[Q]) {
      a += coef[GAMMA]; // re-expand at the minimum, as in linearGrid
      ok = lineSums(base, x, y, N, a, sums);
      solveQuadratic(sums, coef);
    }
  }
  if (!ok) {
    scanLine(base, x, y, N, LINEAR, axis, G, line);
    return;
  }
  const qMin = coef[QMIN];
  const P = coef[P_COEF];
  const gamma = coef[GAMMA];
  for (let c = 0; c < G; c++) {
    const t = axis[c] - a - gamma;
    let v = qMin + P * t * t;
    if (!(v >= 0)) v = v > -Infinity ? 0 : lineNode(base, x, y, N, axis[c]); // as in linearGrid
    line[c] = v;
  }
}

/** Σ r², Σ r·x and Σ x² at weight value a into sums (as the i axis; the j slots 0); false if not finite. */
function lineSums(base: Float64Array, x: Float64Array, y: Float64Array, N: number, a: number, sums: Float64Array): boolean {
  let q = 0;
  let g = 0;
  let sxx = 0;
  for (let mu = 0; mu < N; mu++) {
    const xm = x[mu];
    const r = y[mu] - (base[mu] + a * xm);
    q += r * r;
    g += r * xm;
    sxx += xm * xm;
  }
  sums[Q] = q;
  sums[GI] = g;
  sums[GJ] = 0;
  sums[SII] = sxx;
  sums[SJJ] = 0;
  sums[SIJ] = 0;
  return Number.isFinite(q + g + sxx);
}

/** Σ_μ (y − base − a·x)², summed directly. */
function lineNode(base: Float64Array, x: Float64Array, y: Float64Array, N: number, a: number): number {
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const e = y[mu] - (base[mu] + a * x[mu]);
    sum += e * e;
  }
  return sum;
}
