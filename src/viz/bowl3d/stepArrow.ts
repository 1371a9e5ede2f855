/**
 * The 3-D bowl's pending step Δw: an arrow from the current point to where the
 * step lands, (wᵢ + Δwᵢ, wⱼ + Δwⱼ) at its E. E there is computed, not read off the
 * grid (the landing can lie between grid nodes or outside the window): on the
 * drawn slice, every other weight held — as the curve view puts its next point on
 * the drawn curve — so the arrow's tip lies on the surface it points along.
 * Placed every frame, so nothing here allocates.
 */
import { ACTIVATIONS, errorAlongWeight, type ActivationName, type LossName, type Problem } from '../../engine';
import type { Projected } from './projection';

/** Shortest arrow drawn, in pixels (shorter reads as a dot under the point). */
export const MIN_ARROW_PX = 3;

/** Per problem: the weights with wⱼ moved, and the one-point line's value, result and scratch. */
interface Buffers {
  w: Float64Array;
  value: Float64Array;
  out: Float64Array;
  scratch: Float64Array;
}
const BUFFERS = new WeakMap<Problem, Buffers>();

/** What E is computed for. */
export interface StepModel {
  problem: Problem;
  activation: ActivationName;
  loss: LossName;
}

/**
 * E at weights `w` with wᵢ and wⱼ moved by the pending step `dw` and every other
 * weight held (E(w + Δw) itself when there are only these two weights). NaN when
 * the weights do not fit the problem or a number is not finite.
 */
export function landingError(model: StepModel, w: ArrayLike<number>, dw: ArrayLike<number>, i: number, j: number): number {
  const { problem } = model;
  const size = problem.k * problem.d;
  if (w.length !== size || dw.length !== size || i === j || i < 0 || j < 0 || i >= size || j >= size) return NaN;
  let b = BUFFERS.get(problem);
  if (!b) BUFFERS.set(problem, (b = { w: new Float64Array(size), value: new Float64Array(1), out: new Float64Array(1), scratch: new Float64Array(problem.N) }));
  for (let q = 0; q < size; q++) b.w[q] = w[q];
  b.w[j] = w[j] + dw[j];
  b.value[0] = w[i] + dw[i];
  if (!Number.isFinite(b.w[j]) || !Number.isFinite(b.value[0])) return NaN;
  // A line of one point along wᵢ through the weights with wⱼ already moved: E at the landing.
  errorAlongWeight(problem, b.w, i, ACTIVATIONS[model.activation], model.loss, b.value, b.out, b.scratch);
  return b.out[0];
}

/** The arrow's line on the canvas: from the shown point to the landing's projection (a type, so setAttrs takes it). */
export type ArrowLine = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
};

/**
 * The arrow from `from` (the current point as drawn) to (wᵢ + Δwᵢ, wⱼ + Δwⱼ, `landingE`)
 * under `project`; null when there is no point or the landing's E is not finite (the height
 * scale would put an overflow at the top of the box, which is no place to point at).
 */
export function stepArrow(
  project: (wi: number, wj: number, e: number) => Projected,
  from: Projected | null,
  at: { wi: number; wj: number; dwi: number; dwj: number },
  landingE: number,
): ArrowLine | null {
  if (!from || !Number.isFinite(landingE)) return null;
  const to = project(at.wi + at.dwi, at.wj + at.dwj, landingE);
  return { x1: from.sx, y1: from.sy, x2: to.sx, y2: to.sy };
}

/** Whether the arrow is worth drawing: finite, and at least MIN_ARROW_PX long. */
export function arrowShown(a: ArrowLine | null): a is ArrowLine {
  return a !== null && Math.hypot(a.x2 - a.x1, a.y2 - a.y1) >= MIN_ARROW_PX;
}
