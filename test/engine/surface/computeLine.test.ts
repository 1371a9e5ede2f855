/**
 * computeLine — the 1-D slice through the surface pipeline — against E evaluated
 * directly at every value, and against the matching row of computeSurface.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, computeLine, computeSurface, createRandom, createSurfaceScratch, problemMoments } from '../../../src/engine';
import { expectRel, problemOf, randomRows } from '../helpers';
import { counted, directE, LOSSES, n, randomData } from './helpers';

/** Seeded values around w[index], unsorted, with the current value itself among them. */
function valuesAround(seed: number, center: number, count: number, halfWidth: number): Float64Array {
  const random = createRandom(seed);
  const values = Float64Array.from({ length: count }, () => center + halfWidth * (2 * random() - 1));
  values[count >> 1] = center;
  return values;
}

describe('computeLine matches direct evaluation', () => {
  let seed = 500;
  for (const activation of ACTIVATION_NAMES) {
    for (const bias of [false, true]) {
      for (const k of [1, 3]) {
        for (const loss of LOSSES) {
          const s = seed++;
          it(`computeLine(${activation}, bias ${bias ? 'on' : 'off'}, k = ${k}, ${loss}) equals E at every value for every weight`, () => {
            const { data, problem, w } = randomData(s, 40, n, k, bias);
            for (let index = 0; index < w.length; index++) {
              const values = valuesAround(s * 100 + index, w[index], 31, 3);
              const got = computeLine({ problem, w, index, activation, loss, values });
              values.forEach((v, g) => {
                const at = [...w];
                at[index] = v;
                // The linear path is a quadratic form, not the same sum in the same order: 1e-9 relative.
                expectRel(got[g], directE(data, at, activation, loss), activation === 'linear' ? 1e-9 : 1e-12, 0, `index ${index} v ${v}`);
              });
            }
          });
        }
      }
    }
  }

  it('computeLine(linear) from the moments reads no records and equals E to 1e-9 on seeded random problems', () => {
    for (let trial = 0; trial < 20; trial++) {
      const random = createRandom(600 + trial);
      const N = 20 + Math.floor(random() * 300);
      const k = 1 + Math.floor(random() * 3);
      const { data, problem, w } = randomData(700 + trial, N, 1 + Math.floor(random() * 4), k, random() < 0.5);
      problemMoments(problem);
      const index = Math.floor(random() * w.length);
      const values = valuesAround(800 + trial, w[index], 41, 10 * random() + 0.1);
      const got = counted(() => computeLine({ problem, w, index, activation: 'linear', loss: 'sse', values }));
      expect([got.momentsComputed, got.recordPasses]).toEqual([0, 0]);
      values.forEach((v, g) => {
        const at = [...w];
        at[index] = v;
        expectRel(got.value[g], directE(data, at, 'linear', 'sse'), 1e-9, 0, `trial ${trial} v ${v}`);
      });
    }
  });

  it('computeLine(linear) near an exact fit sums the records at the bottom of the bowl, and matches E there', () => {
    // As the surface test of the same name: noise 1e-7, E at the minimum ≈ 1e-17 of Σy².
    const random = createRandom(83);
    const x = randomRows(random, 300, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5 + 1e-7 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const problem = problemOf(x, y, true);
    problemMoments(problem);
    const w = [0.5, 2, -3];
    const values = Float64Array.from({ length: 21 }, (_, g) => 2 + (g - 10) * 1e-7);
    const got = counted(() => computeLine({ problem, w, index: 1, activation: 'linear', loss: 'sse', values }));
    expect(got.recordPasses).toBeGreaterThan(0);
    values.forEach((v, g) => expectRel(got.value[g], directE(data, [0.5, v, -3], 'linear', 'sse'), 1e-9, 1e-25, `v ${v}`));
  });

  it('computeLine equals the matching row of computeSurface (same unit: the row through w_j)', () => {
    const { problem, w } = randomData(901, 50, n, 2, true);
    const G = 9;
    for (const activation of ['linear', 'tanh'] as const) {
      // Window on weight 1 (x axis) and weight 2, with w_2 exactly on row 4.
      const spec = { problem, w, i: 1, j: 2, activation, loss: 'mse' as const, x0: w[1] - 2, x1: w[1] + 2, y0: w[2] - 1, y1: w[2] + 1, G };
      const grid = computeSurface(spec);
      const values = Float64Array.from({ length: G }, (_, c) => spec.x0 + (c * (spec.x1 - spec.x0)) / (G - 1));
      const line = computeLine({ problem, w, index: 1, activation, loss: 'mse', values });
      for (let c = 0; c < G; c++) expectRel(line[c], grid[4 * G + c], 1e-12, 0, `${activation} column ${c}`);
    }
  });

  it('computeLine with out and scratch reuses them; a call that cannot mean a line throws a RangeError', () => {
    const { problem, w } = randomData(902, 12, 2, 2, false);
    const values = Float64Array.of(-1, 0, 1);
    const out = new Float64Array(3);
    const scratch = createSurfaceScratch(12, 3);
    const spec = { problem, w, index: 3, activation: 'sigmoid' as const, loss: 'sse' as const, values };
    expect(computeLine(spec, out, scratch)).toBe(out);
    expect(Array.from(out)).toEqual(Array.from(computeLine(spec)));
    expect(() => computeLine({ ...spec, index: 4 })).toThrow(RangeError);
    expect(() => computeLine({ ...spec, w: [1] })).toThrow(RangeError);
    expect(() => computeLine(spec, new Float64Array(2))).toThrow(RangeError);
    expect(() => computeLine(spec, undefined, createSurfaceScratch(11, 3))).toThrow(RangeError);
  });

  it('computeLine(linear) along a weight whose input is all zero is flat and reads no records', () => {
    // E does not depend on that weight: the form must say so (Σx² = 0), not divide by it.
    const random = createRandom(903);
    const x = randomRows(random, 200, 2, -1, 1).map(([a]) => [0, a]);
    const y = randomRows(random, 200, 1, -1, 1);
    const problem = problemOf(x, y, false);
    problemMoments(problem);
    const w = [0.3, -0.2];
    const values = Float64Array.of(-5, 0, 0.3, 7);
    const got = counted(() => computeLine({ problem, w, index: 0, activation: 'linear', loss: 'sse', values }));
    expect(got.recordPasses).toBe(0);
    const flat = directE({ x, y, bias: false }, w, 'linear', 'sse');
    for (const v of got.value) expectRel(v, flat, 1e-9);
  });
});
