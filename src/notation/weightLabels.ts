/** How weights are named for people, in the seed's notation: w₁ for one output unit, w₁₂ (input 1 to unit 2) for several. */
import { seedIndex, type Problem } from '../engine';

/** A whole number in subscript digits: 12 → "₁₂". */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]);
}

/** Names a weight in the seed's notation: w₁ for one unit, w₁₂ (from input 1 to unit 2) for several. */
export function weightLabel(i: number, j: number, k: number): string {
  const sub = subscript;
  if (k === 1) return `w${sub(i)}`;
  return i < 10 && j < 10 ? `w${sub(i)}${sub(j)}` : `w${sub(i)},${sub(j)}`;
}

/** The label of flat weight q (unit-major) of `problem`: w₁, or w₁₂ with several output units. */
export function labelOfWeight(problem: Pick<Problem, 'bias' | 'd' | 'k'>, q: number): string {
  return weightLabel(seedIndex(problem, q % problem.d), Math.floor(q / problem.d) + 1, problem.k);
}
