/**
 * Small helpers shared by the engine tests: a relative-tolerance float check,
 * building a problem that must be valid, default run options, seeded data.
 */
import { expect } from 'vitest';
import { createProblem, type Problem, type Random, type RunOptions } from '../../src/engine';

/** Asserts |actual − expected| ≤ rel·|expected| + abs (fails on NaN). */
export function expectRel(actual: number, expected: number, rel: number, abs = 0, label = ''): void {
  const tol = rel * Math.abs(expected) + abs;
  expect(Math.abs(actual - expected), `${label} actual ${actual}, expected ${expected}`).toBeLessThanOrEqual(tol);
}

/** A problem from rows; throws when createProblem rejects them. */
export function problemOf(x: number[][], y: number[][], bias: boolean): Problem {
  const result = createProblem(x, y, bias);
  if (!result.ok) throw new Error(result.error);
  return result.problem;
}

/** Run options with test defaults (batch, sigmoid, SSE, η = 0.5, no shuffle). */
export function options(over: Partial<RunOptions> = {}): RunOptions {
  return { activation: 'sigmoid', loss: 'sse', mode: 'batch', batchSize: 1, eta: 0.5, shuffle: false, seed: 1, ...over };
}

/** rows × cols numbers drawn uniformly from [lo, hi). */
export function randomRows(random: Random, rows: number, cols: number, lo: number, hi: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) row.push(lo + (hi - lo) * random());
    out.push(row);
  }
  return out;
}

/** The N × N identity: record μ has input μ on and the rest off, so a step's Δw shows which records it used. */
export function oneHot(N: number): number[][] {
  return Array.from({ length: N }, (_, mu) => Array.from({ length: N }, (_, i) => (i === mu ? 1 : 0)));
}
