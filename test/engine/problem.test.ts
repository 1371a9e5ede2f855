import { describe, expect, it } from 'vitest';
import { columnOf, createProblem, recordsOf, seedIndex, weightIndex, type ProblemResult } from '../../src/engine';
import { problemOf } from './helpers';

function errorOf(result: ProblemResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('createProblem', () => {
  it('createProblem(x, y, bias) rejects empty x or y', () => {
    expect(errorOf(createProblem([], [[1]], false))).toMatch(/x/);
    expect(errorOf(createProblem([[1]], [], false))).toMatch(/y/);
    expect(errorOf(createProblem([[]], [[1]], false))).toMatch(/x/);
    expect(errorOf(createProblem([[1]], [[]], false))).toMatch(/y/);
  });

  it('createProblem(x, y, bias) rejects different record counts, naming both', () => {
    const error = errorOf(createProblem([[1], [2], [3]], [[1], [2]], false));
    expect(error).toMatch(/3/);
    expect(error).toMatch(/2/);
  });

  it('createProblem(x, y, bias) rejects ragged rows, naming the record', () => {
    expect(errorOf(createProblem([[1, 2], [3, 4], [5]], [[1], [2], [3]], false))).toMatch(/x record 3/);
    expect(errorOf(createProblem([[1], [2], [3]], [[1, 0], [2], [3, 1]], true))).toMatch(/y record 2/);
  });

  it('createProblem(x, y, bias) rejects NaN and ±Infinity, naming the record', () => {
    expect(errorOf(createProblem([[1, 2], [3, NaN]], [[1], [2]], false))).toMatch(/x record 2/);
    expect(errorOf(createProblem([[1, 2], [3, 4]], [[Infinity], [2]], false))).toMatch(/y record 1/);
    expect(errorOf(createProblem([[1], [2], [-Infinity]], [[1], [2], [3]], true))).toMatch(/x record 3/);
    expect(errorOf(createProblem([[1], [2]], [[1], [NaN]], false))).toMatch(/y record 2/);
  });

  it('createProblem(x, y, false) stores the records flat with d = n', () => {
    const p = problemOf([[1, 2], [3, 4], [5, 6]], [[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]], false);
    expect([p.n, p.k, p.N, p.d, p.bias]).toEqual([2, 2, 3, 2, false]);
    expect(Array.from(p.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(p.xb)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(p.y)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
  });

  it('createProblem(x, y, true) puts the bias input x₀ = 1 in column 0 of xb', () => {
    const p = problemOf([[1, 2], [3, 4], [5, 6]], [[7], [8], [9]], true);
    expect([p.n, p.k, p.N, p.d, p.bias]).toEqual([2, 1, 3, 3, true]);
    expect(Array.from(p.x)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(Array.from(p.xb)).toEqual([1, 1, 2, 1, 3, 4, 1, 5, 6]);
  });

  it('recordsOf(problem) gives back the rows', () => {
    const x = [[1, 2], [3, 4]];
    const y = [[5], [6]];
    expect(recordsOf(problemOf(x, y, true))).toEqual({ x, y });
  });
});

describe('weight indexing', () => {
  const off = { bias: false, n: 3, d: 3 };
  const on = { bias: true, n: 3, d: 4 };

  it('columnOf(problem, i) maps the seed index i to a column of xb, −1 outside', () => {
    expect([0, 1, 2, 3, 4].map((i) => columnOf(off, i))).toEqual([-1, 0, 1, 2, -1]);
    expect([-1, 0, 1, 2, 3, 4].map((i) => columnOf(on, i))).toEqual([-1, 0, 1, 2, 3, -1]);
  });

  it('seedIndex(problem, c) inverts columnOf', () => {
    for (const p of [off, on]) for (let c = 0; c < p.d; c++) expect(columnOf(p, seedIndex(p, c))).toBe(c);
    expect(seedIndex(off, 0)).toBe(1);
    expect(seedIndex(on, 0)).toBe(0);
  });

  it('weightIndex(problem, i, j) is unit-major: (j − 1)·d + column', () => {
    expect(weightIndex(off, 1, 1)).toBe(0);
    expect(weightIndex(off, 3, 1)).toBe(2);
    expect(weightIndex(off, 1, 2)).toBe(3);
    expect(weightIndex(off, 0, 2)).toBe(-1);
    expect(weightIndex(on, 0, 1)).toBe(0);
    expect(weightIndex(on, 3, 1)).toBe(3);
    expect(weightIndex(on, 0, 3)).toBe(8);
    expect(weightIndex(on, 2, 3)).toBe(10);
    expect(weightIndex(on, 4, 1)).toBe(-1);
    // Every (i, j) lands on a distinct slot of a k·d vector.
    const k = 3;
    const seen = new Set<number>();
    for (let j = 1; j <= k; j++) for (let i = 0; i <= 3; i++) seen.add(weightIndex(on, i, j));
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: k * on.d }, (_, q) => q));
  });
});
