/**
 * What a surface or a line is computed for, the reusable buffers the computation
 * works in, and the checks that reject a call which cannot mean a surface.
 */
import type { ActivationName } from '../activations';
import type { LossName } from '../loss';
import { MAX_INPUTS, MAX_OUTPUTS, type Problem } from '../problem';
import { createForm, createSums, type QuadraticForm, type QuadraticSums } from './quadratic';

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

/** What a line is computed for: E at weight `index` = each of `values`, every other weight held at w. */
export interface LineSpec {
  problem: Problem;
  /** Current weights (unit-major, length k·d); all but `index` are held fixed. */
  w: ArrayLike<number>;
  /** Flat index of the weight that varies. */
  index: number;
  activation: ActivationName;
  loss: LossName;
  /** The weight values to evaluate E at, in any order (at most the scratch's G of them). */
  values: ArrayLike<number>;
}

/**
 * Reusable buffers for computeSurface and computeLine (sized for N records and G).
 * They serve any problem of at most N records (and at most MAX_OUTPUTS × (MAX_INPUTS + 1)
 * weights) and any grid of at most G points per side (a line of at most G points).
 */
export interface SurfaceScratch {
  /** Most records and most grid points per side these buffers serve. */
  readonly N: number;
  readonly G: number;
  /** The weights with the varied ones set to 0, so that Σ w·x is the held part of h. */
  readonly held: Float64Array;
  /** Per record: the held part of h of the unit being evaluated (see gather). */
  readonly base: Float64Array;
  /** Per record: h at one grid row (directNodes' working row). */
  readonly row: Float64Array;
  /** Per record: the inputs that the horizontal and vertical weights multiply (xJ = 0 for a line). */
  readonly xI: Float64Array;
  readonly xJ: Float64Array;
  /** Per record: the target of the unit being evaluated. */
  readonly y: Float64Array;
  /** Per grid line: the weight values along each axis. */
  readonly axisI: Float64Array;
  readonly axisJ: Float64Array;
  /** Per grid line: one unit's E along each axis (a surface over two units is their sum). */
  readonly lineI: Float64Array;
  readonly lineJ: Float64Array;
  /** Per grid line: the quadratic form's shifted coordinates and terms (see fillTerms). */
  readonly shiftI: Float64Array;
  readonly shiftJ: Float64Array;
  readonly termI: Float64Array;
  readonly termJ: Float64Array;
  /** The quadratic form's sums at its expansion point, then the form itself. */
  readonly sums: QuadraticSums;
  readonly form: QuadraticForm;
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
    base: perRecord(),
    row: perRecord(),
    xI: perRecord(),
    xJ: perRecord(),
    y: perRecord(),
    axisI: perLine(),
    axisJ: perLine(),
    lineI: perLine(),
    lineJ: perLine(),
    shiftI: perLine(),
    shiftJ: perLine(),
    termI: perLine(),
    termJ: perLine(),
    sums: createSums(),
    form: createForm(),
    delta: new Float64Array(MAX_INPUTS + 1),
  };
}

/** Throws a RangeError unless `scratch` serves N records, G points and `weights` weights. */
export function checkScratch(caller: string, s: SurfaceScratch, N: number, G: number, weights: number): void {
  if (s.N < N || s.G < G || s.held.length < weights) {
    throw new RangeError(
      `${caller}: scratch is for N ≤ ${s.N}, G ≤ ${s.G}, ${s.held.length} weights; this call needs ${N}, ${G}, ${weights}`,
    );
  }
}

/** Throws a RangeError for a spec that cannot mean a surface (never because of the numbers). */
export function checkSurfaceSpec(spec: SurfaceSpec): void {
  const { problem, w, i, j, G } = spec;
  const size = problem.k * problem.d;
  if (!isIndex(i, size) || !isIndex(j, size)) {
    throw new RangeError(`computeSurface: i = ${i}, j = ${j} must be weight indices 0…${size - 1}`);
  }
  if (i === j) throw new RangeError(`computeSurface: i and j are both ${i}; a surface needs two different weights`);
  if (w.length !== size) throw new RangeError(`computeSurface: w has ${w.length} weights, the problem has k·d = ${size}`);
  if (!(Number.isInteger(G) && G >= 2)) throw new RangeError(`computeSurface: G must be an integer ≥ 2, got ${G}`);
}

/** Throws a RangeError for a spec that cannot mean a line. */
export function checkLineSpec(spec: LineSpec): void {
  const { problem, w, index } = spec;
  const size = problem.k * problem.d;
  if (!isIndex(index, size)) throw new RangeError(`computeLine: index = ${index} must be a weight index 0…${size - 1}`);
  if (w.length !== size) throw new RangeError(`computeLine: w has ${w.length} weights, the problem has k·d = ${size}`);
}

function isIndex(q: number, size: number): boolean {
  return Number.isInteger(q) && q >= 0 && q < size;
}

/** Copies w into `held` with the varied weights set to 0: then Σ held·x is each record's held part of h. */
export function holdWeights(held: Float64Array, w: ArrayLike<number>, i: number, j: number): void {
  for (let q = 0; q < w.length; q++) held[q] = w[q];
  // Zero weights rather than skipped terms: 0·x = 0 exactly, and the loops stay branch-free.
  held[i] = 0;
  if (j >= 0) held[j] = 0;
}

/** Weight values along one axis, both ends exact; lerp when v1 − v0 overflows (e.g. ±1e308). */
export function fillAxis(axis: Float64Array, G: number, v0: number, v1: number): void {
  const span = v1 - v0;
  const last = G - 1;
  const lerp = !Number.isFinite(span); // test: overflow.test's "window to ±1e308 (span overflows)"
  for (let c = 0; c < last; c++) axis[c] = lerp ? v0 * (1 - c / last) + v1 * (c / last) : v0 + (c * span) / last;
  axis[last] = v1;
}
