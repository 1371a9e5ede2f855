/**
 * What the network predicts at inputs that need not be records: ŷⱼ = f(hⱼ), hⱼ = Σᵢ wᵢⱼ xᵢ
 * (with x₀ = 1 when the bias is on), for the data view's curve over x and its map over the
 * input plane. The same sums as the forward pass (workspace.ts), one point at a time.
 */
import type { Activation } from './activations';
import type { Problem } from './problem';

/**
 * ŷ of unit `j` at inputs `x` (x₁…xₙ, no bias column) under weights `w` (flat, unit-major,
 * d per unit, the bias weight first when it is on).
 */
export function predictAt(problem: Problem, act: Activation, w: ArrayLike<number>, j: number, x: ArrayLike<number>): number {
  const { d, n, bias } = problem;
  const o = j * d;
  let h = bias ? w[o] : 0;
  const first = bias ? o + 1 : o;
  for (let i = 0; i < n; i++) h += w[first + i] * x[i];
  return act.f(h);
}

/**
 * ŷ of unit `j` along input `axis` from `x0` to `x1` (`count` points), the other inputs held at
 * `held` (n values; the axis's entry is ignored), into `out`.
 */
export function predictLine(problem: Problem, act: Activation, w: ArrayLike<number>, j: number, axis: number, x0: number, x1: number, held: ArrayLike<number>, out: Float64Array): Float64Array {
  const x = Float64Array.from(held);
  const count = out.length;
  for (let q = 0; q < count; q++) {
    x[axis] = count === 1 ? x0 : x0 + ((x1 - x0) * q) / (count - 1);
    out[q] = predictAt(problem, act, w, j, x);
  }
  return out;
}

/**
 * ŷ of unit `j` over the plane of inputs `a` (across, `ax0`…`ax1`) and `b` (up, `by0`…`by1`) on a
 * G × G grid, row-major from the bottom row up, the other inputs held at `held`, into `out`.
 */
export function predictPlane(
  problem: Problem,
  act: Activation,
  w: ArrayLike<number>,
  j: number,
  plane: { a: number; b: number; ax0: number; ax1: number; by0: number; by1: number; G: number },
  held: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  const { a, b, ax0, ax1, by0, by1, G } = plane;
  const x = Float64Array.from(held);
  for (let r = 0; r < G; r++) {
    x[b] = by0 + ((by1 - by0) * r) / (G - 1);
    for (let c = 0; c < G; c++) {
      x[a] = ax0 + ((ax1 - ax0) * c) / (G - 1);
      out[r * G + c] = predictAt(problem, act, w, j, x);
    }
  }
  return out;
}
