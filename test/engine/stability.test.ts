/**
 * The largest stable η of a linear unit, 2/λ_max of H = Σ_μ x xᵀ, checked on
 * Hessians whose eigenvalues are known by hand, and by running descent just
 * below and just above it.
 */
import { describe, expect, it } from 'vitest';
import { createRunner, largestStableEta, linearHessian, symmetricEigenvalues, takeSteps } from '../../src/engine';
import { options, problemOf } from './helpers';

describe('symmetricEigenvalues', () => {
  it('symmetricEigenvalues([[2,1],[1,2]]) is {1, 3}', () => {
    const eig = symmetricEigenvalues([2, 1, 1, 2], 2).sort((a, b) => a - b);
    expect(eig[0]).toBeCloseTo(1, 12);
    expect(eig[1]).toBeCloseTo(3, 12);
  });

  it('symmetricEigenvalues of a rotated diagonal matrix recovers the diagonal', () => {
    // R diag(5, 2, 0.5) Rᵀ with R a rotation by 0.7 rad in the (1,2) plane then 0.3 rad in (2,3).
    const rot = (t: number, p: number, q: number) => {
      const m = [1, 0, 0, 0, 1, 0, 0, 0, 1];
      m[p * 3 + p] = Math.cos(t);
      m[q * 3 + q] = Math.cos(t);
      m[p * 3 + q] = -Math.sin(t);
      m[q * 3 + p] = Math.sin(t);
      return m;
    };
    const mul = (a: number[], b: number[]) =>
      Array.from({ length: 9 }, (_, i) => [0, 1, 2].reduce((s, k) => s + a[Math.floor(i / 3) * 3 + k] * b[k * 3 + (i % 3)], 0));
    const tr = (a: number[]) => Array.from({ length: 9 }, (_, i) => a[(i % 3) * 3 + Math.floor(i / 3)]);
    const R = mul(rot(0.3, 1, 2), rot(0.7, 0, 1));
    const M = mul(mul(R, [5, 0, 0, 0, 2, 0, 0, 0, 0.5]), tr(R));
    const eig = symmetricEigenvalues(M, 3).sort((a, b) => a - b);
    expect(eig[0]).toBeCloseTo(0.5, 10);
    expect(eig[1]).toBeCloseTo(2, 10);
    expect(eig[2]).toBeCloseTo(5, 10);
  });
});

describe('largestStableEta', () => {
  it('largestStableEta of one weight is 2/Σx² (SSE) and 2N/Σx² (MSE)', () => {
    const p = problemOf([[0.5], [1], [1.5], [2]], [[1.1], [1.9], [3.2], [3.9]], false);
    expect(largestStableEta(p, 'sse')).toBeCloseTo(2 / 7.5, 12);
    expect(largestStableEta(p, 'mse')).toBeCloseTo((2 * 4) / 7.5, 12);
  });

  it('largestStableEta of records (1,0) and (0,2) is 2/4', () => {
    const p = problemOf([[1, 0], [0, 2]], [[1], [1]], false);
    expect(Array.from(linearHessian(p, 'sse'))).toEqual([1, 0, 0, 4]);
    expect(largestStableEta(p, 'sse')).toBeCloseTo(0.5, 12);
  });

  it('largestStableEta counts the bias column: records 1 and −1 with x₀ = 1 give H = diag(2, 2)', () => {
    const p = problemOf([[1], [-1]], [[0], [0]], true);
    expect(largestStableEta(p, 'sse')).toBeCloseTo(1, 12);
  });

  it('batch descent converges just below largestStableEta and diverges just above it', () => {
    const p = problemOf([[1, 0.3], [0.2, 2], [1.5, -1]], [[1], [2], [0.5]], false);
    const etaMax = largestStableEta(p, 'sse');
    const below = createRunner(p, [3, -3], options({ activation: 'linear', eta: etaMax * 0.97 }));
    takeSteps(below, 20_000);
    expect(below.status).toBe('converged');
    const above = createRunner(p, [3, -3], options({ activation: 'linear', eta: etaMax * 1.03 }));
    takeSteps(above, 20_000);
    expect(above.status).toBe('diverged');
  });
});
