/**
 * The linear unit's quadratic form (quadratic.ts) against direct evaluation: wide
 * windows, near-exact and exact fits, collinear and all-zero columns.
 */
import { describe, expect, it } from 'vitest';
import { computeLine, computeSurface, createRandom } from '../../../src/engine';
import { expectRel, problemOf, randomRows } from '../helpers';
import { directE, directGrid, expectGrid, G, randomData } from './helpers';


describe('computeSurface, linear unit (quadratic form)', () => {
  it('computeSurface(linear) equals direct evaluation to 1e-9 over a wide window and many records', () => {
    const { data, problem, w } = randomData(21, 400, 4, 1, true);
    const spec = { w, i: 2, j: 0, activation: 'linear' as const, loss: 'sse' as const, x0: -40, x1: 7, y0: -3, y1: 55, G: 9 };
    expectGrid(computeSurface({ problem, ...spec }), directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) near an exact fit is as exact at the minimum as summing the records there', () => {
    // y = 2x₁ − 3x₂ + 0.5 plus noise of 1e-7: E at the node (2, −3) is ≈ 2e-14 while E at the start is ≈ 1e5.
    // Summing the records at that node is itself only good to ≈ 1e-15·|y|·|y − ŷ|·N ≈ 1e-21 absolute; a quadratic
    // form summed only at the start would be off by ≈ 1e-16·1e5 = 1e-11 there.
    const random = createRandom(5);
    const x = randomRows(random, 50, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5 + 1e-7 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const w = [0.5, 40, 40];
    const spec = { w, i: 1, j: 2, activation: 'linear' as const, loss: 'sse' as const, x0: -10, x1: 14, y0: -15, y1: 9, G: 7 };
    const got = computeSurface({ problem: problemOf(x, y, true), ...spec });
    const ref = directGrid(data, spec);
    expect(ref[3 * 7 + 3]).toBeLessThan(1e-12);
    expectGrid(got, ref, 1e-9, 1e-19);
  });

  it('computeSurface(linear, different units) near an exact fit is as exact at the minimum as summing the records', () => {
    // Two units, each a near-exact fit; the axes are w₁ of unit 1 and w₂ of unit 2 (the 1-D quadratics).
    const random = createRandom(15);
    const x = randomRows(random, 40, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5 + 1e-7 * (random() - 0.5), -a + 4 * b - 1 + 1e-7 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const w = [0.5, 40, -3, -1, -1, 30];
    const spec = { w, i: 1, j: 5, activation: 'linear' as const, loss: 'mse' as const, x0: -10, x1: 14, y0: -20, y1: 4, G: 7 };
    const got = computeSurface({ problem: problemOf(x, y, true), ...spec });
    const ref = directGrid(data, spec);
    expect(ref[6 * 7 + 3]).toBeLessThan(1e-12);
    expectGrid(got, ref, 1e-9, 1e-19);
  });

  it('computeSurface(linear) on an exact fit is ≈ 0 at the minimum and never negative', () => {
    const random = createRandom(4);
    const x = randomRows(random, 30, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5]);
    const w = [0.5, 40, 40];
    const spec = { w, i: 1, j: 2, activation: 'linear' as const, loss: 'sse' as const, x0: -10, x1: 14, y0: -15, y1: 9, G: 7 };
    const got = computeSurface({ problem: problemOf(x, y, true), ...spec });
    expect(got[3 * 7 + 3]).toBeLessThan(1e-20);
    expect(got.every((v) => v >= 0)).toBe(true);
    expectGrid(got, directGrid({ x, y, bias: true }, spec), 1e-9, 1e-20);
  });

  it('computeSurface(linear) with collinear columns (a constant input beside the bias) equals direct evaluation', () => {
    const random = createRandom(6);
    const x = randomRows(random, 20, 2, -1, 1).map(([a]) => [0.3, a]);
    const y = randomRows(random, 20, 1, -1, 1);
    const data = { x, y, bias: true };
    const w = [0.2, -0.1, 0.7];
    for (const [i, j] of [
      [0, 1],
      [1, 0],
    ]) {
      const spec = { w, i, j, activation: 'linear' as const, loss: 'mse' as const, x0: -2, x1: 1, y0: -1.5, y1: 2.5, G };
      expectGrid(computeSurface({ problem: problemOf(x, y, true), ...spec }), directGrid(data, spec), 1e-9, 1e-12);
    }
  });

  it('computeSurface(linear) with an all-zero input column is flat along that weight', () => {
    const random = createRandom(9);
    const x = randomRows(random, 15, 2, -1, 1).map(([a]) => [0, a]);
    const y = randomRows(random, 15, 2, -1, 1);
    const data = { x, y, bias: false };
    const w = [0.3, -0.2, 0.1, 0.4];
    for (const [i, j] of [
      [0, 1],
      [2, 1],
      [0, 2],
    ]) {
      const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, x0: -2, x1: 1, y0: -1.5, y1: 2.5, G };
      const got = computeSurface({ problem: problemOf(x, y, false), ...spec });
      expectGrid(got, directGrid(data, spec), 1e-9, 1e-12);
    }
  });
});

describe('the quadratic pipeline on seeded random problems', () => {
  /** A seeded linear problem; every third trial fits its targets to within 1e-6 (the record sums' path near the bottom). */
  function trialData(trial: number) {
    const random = createRandom(400 + trial);
    const N = 10 + Math.floor(random() * 400);
    const inputs = 1 + Math.floor(random() * 4);
    const k = 1 + Math.floor(random() * 3);
    const bias = random() < 0.5;
    const x = randomRows(random, N, inputs, -3, 3);
    const d = inputs + (bias ? 1 : 0);
    const truth = randomRows(random, 1, k * d, -2, 2)[0];
    const close = trial % 3 === 0;
    const y = x.map((row) => {
      const xb = bias ? [1, ...row] : row;
      return Array.from({ length: k }, (_, u) => (close ? xb.reduce((h, v, c) => h + truth[u * d + c] * v, 0) + 1e-6 * (random() - 0.5) : random()));
    });
    const w = close ? truth.map((v) => v + 1e-4 * (random() - 0.5)) : randomRows(random, 1, k * d, -2, 2)[0];
    const half = close ? 1e-3 : 5 * random() + 0.1;
    return { random, data: { x, y, bias }, problem: problemOf(x, y, bias), w, half };
  }

  for (let trial = 0; trial < 12; trial++) {
    it(`computeSurface(linear) equals direct evaluation on seeded random problem ${trial} (grids)`, () => {
      const { random, data, problem, w, half } = trialData(trial);
      const i = Math.floor(random() * w.length);
      const j = (i + 1 + Math.floor(random() * (w.length - 1))) % w.length;
      if (i === j) return; // one weight: no surface
      const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, x0: w[i] - half, x1: w[i] + 1.5 * half, y0: w[j] - 2 * half, y1: w[j] + half, G };
      expectGrid(computeSurface({ problem, ...spec }), directGrid(data, spec), 1e-9, 1e-22);
    });

    it(`computeLine(linear) equals direct evaluation on seeded random problem ${trial} (lines)`, () => {
      const { random, data, problem, w, half } = trialData(trial);
      const index = Math.floor(random() * w.length);
      const values = Float64Array.from({ length: 17 }, (_, g) => w[index] + half * (g / 8 - 1));
      const got = computeLine({ problem, w, index, activation: 'linear', loss: 'sse', values });
      values.forEach((v, g) => {
        const at = [...w];
        at[index] = v;
        expectRel(got[g], directE(data, at, 'linear', 'sse'), 1e-9, 1e-22, `v ${v}`);
      });
    });
  }
});
