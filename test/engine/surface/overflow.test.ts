/**
 * computeSurface where numbers overflow: Infinity where the definition gives it, never NaN, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { computeSurface, createRandom } from '../../../src/engine';
import { expectRel, problemOf, randomRows } from '../helpers';
import { directGrid, expectGrid, G, randomData } from './helpers';


describe('computeSurface overflow', () => {
  /**
   * Every node: +∞ where the definition gives +∞, else (when `compareFinite`) close to it; returns
   * how many nodes are +∞. Where 1e300-sized products cancel, both sides are rounding and not compared.
   */
  function expectOverflowMatches(got: Float64Array, ref: number[], compareFinite = true): number {
    let infinite = 0;
    for (let o = 0; o < ref.length; o++) {
      if (ref[o] === Infinity) {
        expect(got[o], `node ${o}`).toBe(Infinity);
        infinite++;
      } else if (compareFinite && Number.isFinite(ref[o])) {
        expectRel(got[o], ref[o], 1e-9, 0, `node ${o}`);
      }
    }
    return infinite;
  }

  it('computeSurface(linear) with inputs ≈ 1e200 gives Infinity, not NaN, and does not throw', () => {
    const x = [
      [1e200, 1],
      [-2e200, 0.5],
      [3, 1e200],
    ];
    const y = [
      [1, 0],
      [0, 1],
      [1, 1],
    ];
    const data = { x, y, bias: true };
    const w = [0.1, 0.2, -0.3, 0.3, -0.1, 0.2];
    for (const [i, j] of [
      [1, 2], // one unit: the quadratic form's sums overflow, so every node is summed directly
      [0, 1],
      [1, 5], // different units: the 1-D quadratics' sums overflow likewise
    ]) {
      const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, x0: -1, x1: 2, y0: -3, y1: 0.5, G };
      const got = computeSurface({ problem: problemOf(x, y, true), ...spec });
      expect(expectOverflowMatches(got, directGrid(data, spec))).toBeGreaterThan(0);
      expect(got.some(Number.isNaN)).toBe(false);
    }
  });

  it('computeSurface(linear) over a window to ±1e160 gives Infinity at the far nodes and finite values near 0', () => {
    for (const k of [1, 2]) {
      const { data, problem, w } = randomData(41, 12, 2, k, true);
      const pairsHere = k === 1 ? [[0, 1]] : [[1, 4]];
      for (const [i, j] of pairsHere) {
        const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, x0: -1e160, x1: 1e160, y0: -1e160, y1: 1e160, G };
        const got = computeSurface({ problem, ...spec });
        const ref = directGrid(data, spec);
        expect(expectOverflowMatches(got, ref)).toBeGreaterThan(0);
        expect(got.some(Number.isNaN)).toBe(false);
        expect(Number.isFinite(got[3 * G + 3])).toBe(true); // the centre node is (0, 0)
      }
    }
  });

  it('computeSurface(linear) with collinear columns over a window to ±1e300 gives Infinity, not NaN', () => {
    // Along the valley of collinear columns the quadratic form has terms of both signs that overflow.
    const random = createRandom(44);
    const x = randomRows(random, 8, 1, -1, 1).map(([a]) => [2, a]);
    const y = randomRows(random, 8, 1, -1, 1);
    const data = { x, y, bias: true };
    const w = [0.3, 0.1, -0.2];
    for (const [i, j] of [
      [0, 1],
      [1, 0],
    ]) {
      const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, x0: -1e300, x1: 1e300, y0: -1e300, y1: 1e300, G };
      const got = computeSurface({ problem: problemOf(x, y, true), ...spec });
      expect(expectOverflowMatches(got, directGrid(data, spec), false)).toBeGreaterThan(0);
      expect(got.some(Number.isNaN)).toBe(false);
    }
  });

  it('computeSurface(sigmoid) over a window to ±1e160 stays finite (the unit saturates)', () => {
    const { data, problem, w } = randomData(42, 12, 2, 1, false);
    const spec = { w, i: 0, j: 1, activation: 'sigmoid' as const, loss: 'mse' as const, x0: -1e160, x1: 1e160, y0: -1e160, y1: 3e159, G };
    const got = computeSurface({ problem, ...spec });
    expect(got.every(Number.isFinite)).toBe(true);
    expectGrid(got, directGrid(data, spec), 1e-12);
  });

  it('computeSurface with a window to ±1e308 (span overflows) keeps both ends and no NaN', () => {
    const { problem, w } = randomData(43, 6, 2, 1, true);
    const got = computeSurface({ problem, w, i: 0, j: 2, activation: 'tanh', loss: 'sse', x0: -1e308, x1: 1e308, y0: 0, y1: 1, G: 5 });
    expect(got.some(Number.isNaN)).toBe(false);
  });
});
