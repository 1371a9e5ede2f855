/**
 * A slice: what the kernels compute for one output unit — its error over a grid of
 * two of its weights, or along one of them. A line is the grid one row tall whose
 * vertical weight multiplies an input that is 0 everywhere: every formula for grids
 * then gives the line's, so grids and lines share one pipeline.
 */

/** One unit's E over Gj rows (axisJ) × Gi columns (axisI), written row-major as scale·(C + E) into out. */
export interface Slice {
  /** The output unit whose error is computed. */
  readonly unit: number;
  /** The columns (inputs) of the horizontal and vertical weights within the unit; cj = −1 for a line. */
  readonly ci: number;
  readonly cj: number;
  /** The current values of the two weights: where the quadratic form is first expanded. */
  readonly a0: number;
  readonly b0: number;
  /** Weight values along each axis; a line's axisJ is LINE_ROW. */
  readonly axisI: ArrayLike<number>;
  readonly Gi: number;
  readonly axisJ: ArrayLike<number>;
  readonly Gj: number;
  /** Added to every node before scaling: the error of the units the slice does not vary. */
  readonly C: number;
  /** The loss's ½·s factor (1 for a unit's raw Σ, as the two lines of a surface over two units are). */
  readonly scale: number;
  readonly out: Float64Array;
}

/** The single row of a line: the phantom vertical weight at 0 (a Float64Array like every axis, so reads stay monomorphic; never written). */
export const LINE_ROW: ArrayLike<number> = new Float64Array(1);

/** A line along column ci of `unit`: values into out[0…G−1] as scale·(C + E). */
export function lineSlice(
  unit: number,
  ci: number,
  a0: number,
  values: ArrayLike<number>,
  G: number,
  C: number,
  scale: number,
  out: Float64Array,
): Slice {
  return { unit, ci, cj: -1, a0, b0: 0, axisI: values, Gi: G, axisJ: LINE_ROW, Gj: 1, C, scale, out };
}
