import { describe, expect, it } from 'vitest';
import { createAppStore, PRESETS } from '../../src/store';
import { CARS_ROWS } from '../../src/store/datasets/cars';
import { IRIS_ROWS } from '../../src/store/datasets/iris';

/** Ordinary least squares for y = a + b x, by the textbook formulas (independent of the engine). */
function leastSquares(x: number[], y: number[]): { a: number; b: number } {
  const N = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / N;
  const my = y.reduce((s, v) => s + v, 0) / N;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < N; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
  }
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

describe('real data sets', () => {
  it('iris holds 50 versicolor (0) and 50 virginica (1) with petal sizes in cm', () => {
    expect(IRIS_ROWS).toHaveLength(100);
    expect(IRIS_ROWS.filter((r) => r[2] === 1)).toHaveLength(50);
    expect(IRIS_ROWS.filter((r) => r[2] === 0)).toHaveLength(50);
    for (const [len, width] of IRIS_ROWS) {
      expect(len).toBeGreaterThanOrEqual(3);
      expect(len).toBeLessThanOrEqual(7);
      expect(width).toBeGreaterThanOrEqual(1);
      expect(width).toBeLessThanOrEqual(2.5);
    }
    // Fisher's first versicolor: 7.0, 3.2, 4.7, 1.4.
    expect(IRIS_ROWS[0]).toEqual([4.7, 1.4, 0]);
  });

  it('cars holds 398 cars, the first a 3,504 lb Chevrolet Chevelle at 18 mpg', () => {
    expect(CARS_ROWS).toHaveLength(398);
    expect(CARS_ROWS[0]).toEqual([3.504, 18]);
    for (const [w, mpg] of CARS_ROWS) {
      expect(w).toBeGreaterThan(1.5);
      expect(w).toBeLessThan(5.5);
      expect(mpg).toBeGreaterThan(8);
      expect(mpg).toBeLessThan(50);
    }
  });

  it('descent on the cars preset reaches the least-squares line, raw and standardized', () => {
    const fit = leastSquares(
      CARS_ROWS.map((r) => r[0]),
      CARS_ROWS.map((r) => r[1]),
    );
    const store = createAppStore('cars');
    store.getState().step(5000);
    const raw = store.getState().snapshot;
    expect(raw.status).toBe('converged');
    expect(raw.w[0]).toBeCloseTo(fit.a, 2);
    expect(raw.w[1]).toBeCloseTo(fit.b, 2);
    const rawSteps = raw.step;

    store.getState().setStandardize(true);
    store.getState().step(5000);
    const z = store.getState().snapshot;
    const { mean, sd } = store.getState().scaling!;
    // In standardized units ŷ = v₀ + v₁ (x − m) / s, so a = v₀ − v₁ m / s and b = v₁ / s.
    expect(z.w[0] - (z.w[1] * mean[0]) / sd[0]).toBeCloseTo(fit.a, 2);
    expect(z.w[1] / sd[0]).toBeCloseTo(fit.b, 2);
    // The round bowl: far fewer steps at the same η.
    expect(z.step * 5).toBeLessThan(rawSteps);
  });
});

describe('setStandardize', () => {
  it('setStandardize(true) feeds standardized inputs to descent, keeps the raw data, and false restores them', () => {
    const store = createAppStore('iris');
    const before = Array.from(store.getState().problem.x);
    store.getState().step(3);
    expect(store.getState().setStandardize(true)).toBe(true);
    const s = store.getState();
    expect(s.standardize).toBe(true);
    expect(s.snapshot.step).toBe(0);
    expect(s.data.x.flat()).toEqual(before);
    const n = s.problem.n;
    for (let i = 0; i < n; i++) {
      let m = 0;
      for (let mu = 0; mu < s.problem.N; mu++) m += s.problem.x[mu * n + i];
      expect(Math.abs(m / s.problem.N)).toBeLessThan(1e-12);
    }
    // The bias column stays 1.
    expect(s.problem.xb[0]).toBe(1);
    expect(store.getState().setStandardize(false)).toBe(true);
    expect(Array.from(store.getState().problem.x)).toEqual(before);
    expect(store.getState().scaling).toBeNull();
  });

  it('edits with standardizing on are standardized again over the new data', () => {
    const store = createAppStore('bowl');
    store.getState().setStandardize(true);
    store.getState().loadProblem({ x: [[1], [3]], y: [[0], [1]], edit: true });
    const s = store.getState();
    expect(Array.from(s.problem.x)).toEqual([-1, 1]);
    expect(s.data.x).toEqual([[1], [3]]);
  });
});

describe('setBias', () => {
  it('setBias(true) adds w₀ = 0 in front of each unit’s weights and keeps the others', () => {
    const store = createAppStore('two-outputs');
    const w = store.getState().w0;
    expect(store.getState().setBias(true)).toBe(true);
    const s = store.getState();
    expect(s.problem.bias).toBe(true);
    expect(s.w0).toEqual([0, w[0], w[1], 0, w[2], w[3]]);
    expect(store.getState().setBias(false)).toBe(true);
    expect(store.getState().w0).toEqual(w);
  });

  it('loadProblem keeps column names when the widths stay, and drops them when they change', () => {
    const store = createAppStore('cars');
    const names = store.getState().data.names;
    store.getState().loadProblem({ x: [[2], [3]], y: [[30], [20]], edit: true });
    expect(store.getState().data.names).toEqual(names);
    expect(store.getState().source).toEqual(PRESETS.find((p) => p.id === 'cars')!.source);
    store.getState().loadProblem({ x: [[2, 1], [3, 1]], y: [[30], [20]] });
    expect(store.getState().data.names).toBeNull();
    expect(store.getState().source).toBeNull();
  });
});
