/**
 * The error surface E(wᵢ, wⱼ): E on a G×G grid over two weights, every other
 * weight held, for the contour and 3-D views — the 2-D version of curve.ts. The
 * cheapest exact method:
 *  - linear f: E of each unit is a quadratic in its weights whose coefficients are
 *    the problem's moments (least squares' normal equations), cached per problem
 *    (problemMoments): O(d²·k + G²) whatever N, after O(N·d²) on a problem's first
 *    call. Where the moments could lose digits (near the minimum of a near-exact
 *    fit, or of a close fit with offset or strongly correlated inputs; sums that
 *    overflow) the records are summed instead, as below;
 *  - i and j in different output units: E separates, E(a, b) = C + E_i(a) + E_j(b),
 *    two 1-D scans and a sum, O(G·N + G²) (linear: two 1-D quadratics from sums
 *    over the records, O(N + G));
 *  - same unit, linear f, from sums over the records: O(N + G²);
 *  - same unit, any other f: every node, O(G²·N).
 * C, the error of the units neither weight feeds, is one constant added everywhere;
 * the held part of each record's h is computed once.
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
  /** Per grid line: the rounding the moments may add to a node, in two parts (see momentGrid). */
  readonly boundI: Float64Array;
  readonly boundJ: Float64Array;
  /** The quadratic form's sums, then its coefficients (see solveQuadratic). */
  readonly sums: Float64Array;
  readonly coef: Float64Array;
  /** One unit's weights minus its reference fit (see momentSums). */
  readonly delta: Float64Array;
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
    boundI: perLine(),
    boundJ: perLine(),
    sums: new Float64Array(6),
    coef: new Float64Array(8),
    delta: new Float64Array(MAX_INPUTS + 1),
  };
}

/**
 * What every linear surface of a problem needs that does not depend on the weights.
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
  /** Per unit, (√c_u + Σ_c |wRef_uc|·√M_cc)² ≥ Σ_μ (|y_u| + Σ_c |wRef_uc·x_c|)²: the size of what each r came from. */
  readonly rScale: Float64Array;
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

/** Calls that computed moments (cache misses) and linear surfaces that read the records. */
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

/**
 * For tests and benchmarks, since the module loaded: how many times moments were
 * computed (cache misses), and how many passes over the records linear surfaces made
 * where the moments could not be trusted (one per slice or per other unit concerned).
 */
export function surfaceCounts(): { momentsComputed: number; recordPasses: number } {
  return { ...counts };
}

/**
 * About how many inner-loop operations computeSurface does for `spec` (one
 * operation ≈ one activation evaluation or one record's multiply-adds), for the
 * caller's choice of main thread or worker. A linear unit costs O(d²·k + G²) once
 * the problem's moments are cached (problemMoments; this looks in the cache), plus
 * O(N·d²) to compute them on a problem's first linear surface. Where the moments
 * cannot give every node to full precision the records are summed instead: this
 * counts that O(N·k·d) when a unit of the problem fits its data near-exactly (the
 * usual cause, near the bottom of its bowl), and is low when sums overflow (inputs
 * or weights past ≈ 1e150: the O(G²·N) direct loop then runs).
 */
export function surfaceCost(spec: Pick<SurfaceSpec, 'problem' | 'i' | 'j' | 'activation' | 'G'>): number {
  const { problem, i, j, activation, G } = spec;
  const { N, k, d } = problem;
  if (activation === 'linear') {
    const m = MOMENTS.get(problem);
    const first = m ? 0 : momentsCost(problem);
    const records = m && !nearExact(m) ? 0 : N * k * d;
    return first + records + d * d * k + G * G;
  }
  const held = N * k * d;
  if (Math.floor(i / d) !== Math.floor(j / d)) return held + 2 * G * N + G * G;
  return held + G * G * N + G * N;
}

/**
 * E at every grid node, row-major: out[r*G + c] = E with w_i = x0 + c·(x1−x0)/(G−1) and
 * w_j = y0 + r·(y1−y0)/(G−1). Values that overflow stay non-finite (Infinity), never throw.
 * `out` (length G·G) is reused when given; `scratch` likewise (see below) so repeated calls
 * allocate nothing — except a linear surface's first call on a problem, which caches the
 * problem's moments (problemMoments).
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
  const m = code === LINEAR ? problemMoments(problem) : null;
  const C = m ? linearOtherUnits(problem, m, held, ui, uj, s) : otherUnits(problem, held, ui, uj, code);
  if (ui !== uj) {
    const fromMoments =
      m !== null &&
      momentLine(m, ui, held, i - ui * d, spec.w[i], s.axisI, G, s.termI, s) &&
      momentLine(m, uj, held, j - uj * d, spec.w[j], s.axisJ, G, s.termJ, s);
    if (!fromMoments) {
      gather(problem, i, j, s);
      if (code === LINEAR) {
        counts.recordPasses++;
        linearLine(s.baseI, s.xI, s.yI, N, spec.w[i], s.axisI, G, s.termI, s);
        linearLine(s.baseJ, s.xJ, s.yJ, N, spec.w[j], s.axisJ, G, s.termJ, s);
      } else {
        scanLine(s.baseI, s.xI, s.yI, N, code, s.axisI, G, s.termI);
        scanLine(s.baseJ, s.xJ, s.yJ, N, code, s.axisJ, G, s.termJ);
      }
    }
    const { termI, termJ } = s;
    for (let r = 0; r < G; r++) {
      const row = C + termJ[r];
      for (let c = 0, o = r * G; c < G; c++, o++) grid[o] = scale * (row + termI[c]);
    }
  } else if (m && momentGrid(m, ui, i - ui * d, j - ui * d, spec.w[i], spec.w[j], G, C, scale, s, grid)) {
    // done: the linear unit's quadratic from the cached moments
  } else {
    if (m) counts.recordPasses++;
    if (!(m && linearGrid(problem, i, j, spec.w[i], spec.w[j], G, C, scale, s, grid))) {
      gather(problem, i, j, s);
      directGrid(s, N, code, G, C, scale, grid);
    }
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
  let sum = 0;
  for (let u = 0; u < problem.k; u++) if (u !== ui && u !== uj) sum += unitError(problem, w, u, code);
  return sum;
}

/** Σ_μ (y_u − f(h_u))² of one unit at weights w, summed over the records. */
function unitError(problem: Problem, w: Float64Array, u: number, code: number): number {
  const { N, k, d, xb, y } = problem;
  const wo = u * d;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const xo = mu * d;
    let net = 0;
    for (let c = 0; c < d; c++) net += w[wo + c] * xb[xo + c];
    const e = y[mu * k + u] - activate(code, net);
    sum += e * e;
  }
  return sum;
}

/**
 * C for linear units, each from the moments (momentSums at the unit's weights) when
 * they keep MOMENTS_TRUST of it, else summed over the records.
 */
function linearOtherUnits(problem: Problem, m: Moments, w: Float64Array, ui: number, uj: number, s: SurfaceScratch): number {
  let sum = 0;
  for (let u = 0; u < problem.k; u++) {
    if (u === ui || u === uj) continue;
    const A = momentSums(m, u, w, -1, 0, -1, 0, s.delta, s.sums);
    const q = s.sums[Q];
    if (m.rounding * A * A + residualRounding(m, u, q) <= MOMENTS_TRUST * q) {
      sum += q;
    } else {
      counts.recordPasses++;
      sum += unitError(problem, w, u, LINEAR);
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
 * Solves the quadratic from the sums at (a0, b0); when too much cancelled (see
 * REFINE_BELOW), takes the sums again at the minimum just found and solves once
 * more. `sumsAt` fills `sums` for a point and says whether they are finite. The
 * point the final sums were taken at, or null when they were not finite.
 */
function solveRefined(
  sums: Float64Array,
  coef: Float64Array,
  a0: number,
  b0: number,
  sumsAt: (a: number, b: number) => boolean,
): { a: number; b: number } | null {
  let a = a0;
  let b = b0;
  if (!sumsAt(a, b)) return null;
  solveQuadratic(sums, coef);
  if (coef[QMIN] < REFINE_BELOW * sums[Q]) {
    const dq = Number.isNaN(coef[ETA]) ? 0 : coef[ETA];
    const dp = coef[GAMMA] - coef[RHO] * dq;
    a += coef[PIVOT_I] === 1 ? dp : dq;
    b += coef[PIVOT_I] === 1 ? dq : dp;
    if (!sumsAt(a, b)) return null;
    solveQuadratic(sums, coef);
  }
  return { a, b };
}

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
  const at = solveRefined(sums, coef, a0, b0, (a, b) => linearSums(problem, s.held, i, j, a, b, sums));
  if (!at) return false;
  const { a, b } = at;
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

// ---- Linear units from the problem's moments ----------------------------------

/** Records per block when summing moments: the rounding then grows as MOMENTS_BLOCK + N/MOMENTS_BLOCK, not N. */
const MOMENTS_BLOCK = 256;
/**
 * The largest relative error the moments may add to any node before the records are
 * summed instead. The sums over the records keep ≈ 1e-10 at the minimum (REFINE_BELOW
 * leaves ≈ 1e-16·Σr²/qMin ≤ 1e-10), so the moments are used only where they do as well.
 */
const MOMENTS_TRUST = 1e-10;
/**
 * λ of the reference fit's damping (leastSquares), relative to each column's Σx²:
 * combinations of inputs with less than this fraction of their spread (nearly
 * collinear inputs) are left near 0 rather than fitted to noise, which would put the
 * reference far from any weights in use and make A large. The cost is a Σr² at the
 * reference larger than the minimum by ≈ λ² of what the fit explains plus what those
 * weak combinations explain; the moments are used while rounding·A² ≤ MOMENTS_TRUST·E,
 * i.e. for A² up to ≈ 1e3…1e4 times E, so this margin is not felt.
 */
const REFERENCE_DAMPING = 1e-4;
/** Below this (2⁻⁴⁵⁰) the product of two numbers could underflow, and rounding bounds fail (see hasTiny). */
const TINY = 2 ** -450;
/** u = 2⁻⁵³, the unit roundoff of a double. */
const UNIT_ROUNDOFF = Number.EPSILON / 2;

/** About how many multiply-adds computeMoments does: M, b, then the residual pass. */
function momentsCost(problem: Problem): number {
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
  // Each residual is within (d+1)·u of |y| + Σ_c |wRef_c·x_c|; by Minkowski's inequality
  // Σ_μ (|y| + Σ_c |wRef_c·x_c|)² ≤ (√Σy² + Σ_c |wRef_c|·√M_cc)².
  const rScale = new Float64Array(k);
  for (let u = 0; u < k; u++) {
    let size = Math.sqrt(yy[u]);
    for (let c = 0; c < d; c++) size += Math.abs(wRef[u * d + c]) * xNorm[c];
    rScale[u] = size * size;
  }
  // Each sum: ≤ (MOMENTS_BLOCK + ⌈N/MOMENTS_BLOCK⌉)·u of its terms' sizes (a block's terms
  // then the blocks); forming E from the sums, two nested dot products of length d, ≤ (2d + 6)·u.
  // No bound holds where products could underflow (numbers below 2⁻⁴⁵⁰ ≈ 3.5e-136): then always the records.
  const rounding = hasTiny(problem) ? Infinity : UNIT_ROUNDOFF * (Math.min(N, B) + Math.ceil(N / B) + 2 * d + 6);
  return { d, k, xx, xNorm, xy, yy, wRef, rr, xr, rScale, rounding };
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

/**
 * Per unit, reference weights: least squares, M·w = b_u, damped — solved with λ·diag(M)
 * added to M (ridge regression, Hoerl & Kennard 1970), by Cholesky. An exact minimiser is not needed, since
 * the residual sums are then summed at whatever weights result; what the moments'
 * rounding needs is a point near where weights are used (see momentSums), and along
 * directions the records barely determine (correlated inputs) the exact minimiser can
 * be arbitrarily far off. Columns that are all zero get weight 0. All 0 when M is not
 * finite; a unit's 0 when its b is not.
 */
function leastSquares(xx: Float64Array, xNorm: Float64Array, xy: Float64Array, d: number, k: number, wRef: Float64Array): void {
  for (let q = 0; q < d * d; q++) if (!Number.isFinite(xx[q])) return;
  // L (lower triangle) of the Cholesky factor of M scaled to a unit diagonal (0 for zero columns), plus λ·I.
  const L = new Float64Array(d * d);
  for (let c = 0; c < d; c++) {
    for (let e = 0; e <= c; e++) {
      let t = xNorm[c] > 0 && xNorm[e] > 0 ? xx[c * d + e] / (xNorm[c] * xNorm[e]) : 0;
      if (e === c) t += REFERENCE_DAMPING;
      for (let f = 0; f < e; f++) t -= L[c * d + f] * L[e * d + f];
      L[c * d + e] = e === c ? Math.sqrt(Math.max(t, REFERENCE_DAMPING)) : t / L[e * d + e];
    }
  }
  const z = new Float64Array(d);
  for (let u = 0, wo = 0; u < k; u++, wo += d) {
    for (let c = 0; c < d; c++) {
      let t = xNorm[c] > 0 ? xy[wo + c] / xNorm[c] : 0;
      for (let e = 0; e < c; e++) t -= L[c * d + e] * z[e];
      z[c] = t / L[c * d + c];
    }
    for (let c = d - 1; c >= 0; c--) {
      let t = z[c];
      for (let e = c + 1; e < d; e++) t -= L[e * d + c] * z[e];
      z[c] = t / L[c * d + c];
    }
    let finite = true;
    for (let c = 0; c < d; c++) finite &&= Number.isFinite(z[c]);
    for (let c = 0; c < d; c++) wRef[wo + c] = finite && xNorm[c] > 0 ? z[c] / xNorm[c] : 0;
  }
}

/**
 * How far E formed from the moments can be from E summed over the records because the
 * residuals r of the reference fit were rounded (by ≤ (d+1)·u of the numbers they came
 * from, rScale): 2f·√(rScale·E) + f²·rScale with f = (d+1)·u. Relative to E it is
 * largest where E is smallest, so checking it at a surface's minimum covers every node.
 * NaN when E < 0.
 */
function residualRounding(m: Moments, u: number, E: number): number {
  const f = (m.d + 1) * UNIT_ROUNDOFF;
  const size = m.rScale[u];
  return 2 * f * Math.sqrt(size * E) + f * f * size;
}

/** Whether some unit fits its records so closely that surfaces near its minimum are summed over the records. */
function nearExact(m: Moments): boolean {
  if (m.rounding === Infinity) return true;
  for (let u = 0; u < m.k; u++) if (!(residualRounding(m, u, m.rr[u]) <= MOMENTS_TRUST * m.rr[u])) return true;
  return false;
}

/**
 * The sums of SurfaceScratch.sums for unit u at weights `held` with its columns ci and
 * cj set to a and b (−1: no such axis), from the moments in O(d²). Returns
 * A = √rr + Σ_c |Δ_c|·√M_cc, which bounds the size of every term: the sums are within
 * rounding·A² (Σr²) and rounding·A·√M_cc (Σ r·x_c) of the records' sums. NaN when a
 * sum is not finite or no bound holds.
 */
function momentSums(
  m: Moments,
  u: number,
  held: Float64Array,
  ci: number,
  a: number,
  cj: number,
  b: number,
  delta: Float64Array,
  sums: Float64Array,
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
  const q = m.rr[u] - 2 * lin + quad;
  sums[Q] = q;
  sums[GI] = gi;
  sums[GJ] = gj;
  sums[SII] = ci >= 0 ? xx[ci * d + ci] : 0;
  sums[SJJ] = cj >= 0 ? xx[cj * d + cj] : 0;
  sums[SIJ] = ci >= 0 && cj >= 0 ? xx[ci * d + cj] : 0;
  const A = Math.sqrt(m.rr[u]) + size;
  return Number.isFinite(q + gi + gj + sums[SII] + sums[SJJ] + sums[SIJ] + A) ? A : NaN;
}

/**
 * Linear unit, i and j in it (columns ci, cj): linearGrid's minimum-plus-squares form
 * with its sums from the moments, O(d² + G²). False — the caller then sums over the
 * records — when a sum is not finite, or when the moments' rounding could pass
 * MOMENTS_TRUST of some node's value. That is checked node by node: errors of δQ in
 * Σr² and δg in Σ r·x at the expansion point (a, b) move a node at offsets (da, db) by
 * at most δQ + 2|δg·(da, db)| ≤ rounding·A·(A + 2(|da|·√Sᵢᵢ + |db|·√Sⱼⱼ)); the
 * residuals' own rounding is checked at the minimum (residualRounding).
 */
function momentGrid(
  m: Moments,
  unit: number,
  ci: number,
  cj: number,
  a0: number,
  b0: number,
  G: number,
  C: number,
  scale: number,
  s: SurfaceScratch,
  grid: Float64Array,
): boolean {
  const { sums, coef, held, delta } = s;
  let A = NaN;
  // The sums from the moments, in O(d²) each time.
  const at = solveRefined(sums, coef, a0, b0, (a, b) => {
    A = momentSums(m, unit, held, ci, a, cj, b, delta, sums);
    return !Number.isNaN(A);
  });
  if (!at) return false;
  const { a, b } = at;
  const qMin = coef[QMIN];
  if (!(residualRounding(m, unit, qMin) <= MOMENTS_TRUST * qMin)) return false;
  const { axisI, axisJ, termI, termJ, shiftI, shiftJ, boundI, boundJ } = s;
  const pivotI = coef[PIVOT_I] === 1;
  fillTerms(axisI, G, a, coef, pivotI, shiftI, termI);
  fillTerms(axisJ, G, b, coef, !pivotI, shiftJ, termJ);
  // The bound per node, split by axis and divided by MOMENTS_TRUST: boundI[c] + boundJ[r] ≤ E there.
  const perOffset = (2 * m.rounding * A) / MOMENTS_TRUST;
  const atOrigin = (m.rounding * A * A) / MOMENTS_TRUST;
  const normI = m.xNorm[ci];
  const normJ = m.xNorm[cj];
  for (let c = 0; c < G; c++) {
    boundI[c] = perOffset * normI * Math.abs(axisI[c] - a);
    boundJ[c] = atOrigin + perOffset * normJ * Math.abs(axisJ[c] - b);
  }
  const P = coef[P_COEF];
  for (let r = 0; r < G; r++) {
    const tr = qMin + termJ[r];
    const sr = shiftJ[r];
    const br = boundJ[r];
    for (let c = 0, o = r * G; c < G; c++, o++) {
      const t = shiftI[c] + sr;
      const v = tr + termI[c] + P * t * t;
      // Also false for v < 0 (rounding at an exact fit) and NaN (∞ − ∞ far out): the records' path handles both.
      if (!(v >= 0 && boundI[c] + br <= v)) return false;
      grid[o] = scale * (C + v);
    }
  }
  return true;
}

/**
 * One linear unit's error along one weight (column ci of unit u), from the moments:
 * linearLine's 1-D quadratic, O(d² + G). False, for the sums over the records, on the
 * conditions of momentGrid.
 */
function momentLine(
  m: Moments,
  u: number,
  held: Float64Array,
  ci: number,
  a0: number,
  axis: Float64Array,
  G: number,
  line: Float64Array,
  s: SurfaceScratch,
): boolean {
  const { sums, coef, delta } = s;
  let a = a0;
  let A = momentSums(m, u, held, ci, a, -1, 0, delta, sums);
  if (Number.isNaN(A)) return false;
  solveQuadratic(sums, coef);
  if (coef[QMIN] < REFINE_BELOW * sums[Q]) {
    a += coef[GAMMA]; // re-expand at the minimum, as in linearLine
    A = momentSums(m, u, held, ci, a, -1, 0, delta, sums);
    if (Number.isNaN(A)) return false;
    solveQuadratic(sums, coef);
  }
  const qMin = coef[QMIN];
  if (!(residualRounding(m, u, qMin) <= MOMENTS_TRUST * qMin)) return false;
  const P = coef[P_COEF];
  const gamma = coef[GAMMA];
  const perOffset = (2 * m.rounding * A * m.xNorm[ci]) / MOMENTS_TRUST;
  const atOrigin = (m.rounding * A * A) / MOMENTS_TRUST;
  for (let c = 0; c < G; c++) {
    const off = axis[c] - a;
    const t = off - gamma;
    const v = qMin + P * t * t;
    if (!(v >= 0 && atOrigin + perOffset * Math.abs(off) <= v)) return false;
    line[c] = v;
  }
  return true;
}
