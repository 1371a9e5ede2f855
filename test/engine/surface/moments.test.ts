/**
 * The moments cache (moments.ts) against sums over the records, and linear surfaces
 * from the moments (fromMoments.ts): exact, reading no records, and summing the records
 * exactly where the moments could lose digits.
 */
import { describe, expect, it } from 'vitest';
import { computeSurface, createRandom, problemMoments } from '../../../src/engine';
import { expectRel, problemOf, randomRows } from '../helpers';
import { counted, directGrid, expectGrid, G, leastSquaresOf, LOSSES, n, pairs, randomData, rowsWithBias, windowAround } from './helpers';


describe('problemMoments', () => {
  it('problemMoments(problem) equals sums over the records: M = Σ x xᵀ, b = Σ x y, c = Σ y², Σ r² and Σ x r of its fit', () => {
    for (const bias of [false, true]) {
      const { data, problem } = randomData(71, 37, 3, 2, bias);
      const m = problemMoments(problem);
      const xs = rowsWithBias(data);
      const d = xs[0].length;
      const k = 2;
      const sum = (f: (mu: number) => number) => xs.reduce((acc, _, mu) => acc + f(mu), 0);
      for (let c = 0; c < d; c++) {
        for (let e = 0; e < d; e++) expectRel(m.xx[c * d + e], sum((mu) => xs[mu][c] * xs[mu][e]), 1e-13, 0, `M ${c},${e}`);
        expectRel(m.xNorm[c], Math.sqrt(sum((mu) => xs[mu][c] ** 2)), 1e-13);
      }
      for (let u = 0; u < k; u++) {
        expectRel(m.yy[u], sum((mu) => data.y[mu][u] ** 2), 1e-13, 0, `c ${u}`);
        const r = (mu: number) => data.y[mu][u] - xs[mu].reduce((acc, v, c) => acc + m.wRef[u * d + c] * v, 0);
        expectRel(m.rr[u], sum((mu) => r(mu) ** 2), 1e-12, 0, `rr ${u}`);
        for (let c = 0; c < d; c++) {
          expectRel(m.xy[u * d + c], sum((mu) => xs[mu][c] * data.y[mu][u]), 1e-13, 0, `b ${u},${c}`);
          // Σ x r is ≈ 0 at a fit: compare on the scale of its terms, √(Σx²·Σr²).
          expectRel(m.xr[u * d + c], sum((mu) => xs[mu][c] * r(mu)), 0, 1e-12 * m.xNorm[c] * Math.sqrt(m.rr[u]), `xr ${u},${c}`);
        }
      }
    }
  });

  it('problemMoments(problem) takes each unit’s residual sums at (nearly) its least-squares weights', () => {
    const { data, problem } = randomData(72, 50, 3, 2, true);
    const m = problemMoments(problem);
    const xs = rowsWithBias(data);
    for (let u = 0; u < 2; u++) {
      const best = leastSquaresOf(data, u);
      const rrBest = xs.reduce((acc, x, mu) => acc + (data.y[mu][u] - x.reduce((h, v, c) => h + best[c] * v, 0)) ** 2, 0);
      expect(m.rr[u]).toBeGreaterThanOrEqual(rrBest * (1 - 1e-12));
      expectRel(m.rr[u], rrBest, 1e-6);
    }
  });

  it('problemMoments(problem) computes once per problem and then returns the same object', () => {
    const { problem } = randomData(73, 20, 2, 1, false);
    const first = counted(() => problemMoments(problem));
    expect(first.momentsComputed).toBe(1);
    const again = counted(() => problemMoments(problem));
    expect(again.momentsComputed).toBe(0);
    expect(again.value).toBe(first.value);
  });

  it('problemMoments with collinear or all-zero columns gives finite reference weights and a fit', () => {
    const random = createRandom(74);
    const x = randomRows(random, 30, 3, -1, 1).map(([a, b]) => [0.3, a, 0 * b]); // constant beside the bias, and a zero column
    const y = randomRows(random, 30, 1, -1, 1);
    const m = problemMoments(problemOf(x, y, true));
    expect(Array.from(m.wRef).every(Number.isFinite)).toBe(true);
    expect(m.wRef[3]).toBe(0);
    const sy2 = y.reduce((acc, [v]) => acc + v * v, 0);
    expect(m.rr[0]).toBeLessThan(sy2);
  });
});

describe('computeSurface(linear) from the moments', () => {
  let seed = 300;
  for (const bias of [false, true]) {
    for (const k of [1, 3]) {
      for (const { label, i, j } of pairs(k, bias)) {
        for (const loss of LOSSES) {
          const s = seed++;
          const name = `computeSurface(linear, bias ${bias ? 'on' : 'off'}, k = ${k}, ${label}, ${loss})`;
          it(`${name} from the moments equals E at every node, reading no records`, () => {
            const { data, problem, w } = randomData(s, 60, n, k, bias);
            problemMoments(problem);
            const spec = { w, i, j, activation: 'linear' as const, loss, ...windowAround(w, i, j), G };
            const got = counted(() => computeSurface({ problem, ...spec }));
            expect([got.momentsComputed, got.recordPasses]).toEqual([0, 0]);
            expectGrid(got.value, directGrid(data, spec), 1e-9);
          });
        }
      }
    }
  }

  it('computeSurface(linear) computes a problem’s moments on its first call only; a copy sharing nothing gives identical values', () => {
    const { data, problem, w } = randomData(81, 500, 3, 3, true);
    const first = { w, i: 1, j: 3, activation: 'linear' as const, loss: 'sse' as const, ...windowAround(w, 1, 3), G };
    const w2 = w.map((v, q) => v + 0.1 * q);
    const second = { w: w2, i: 9, j: 2, activation: 'linear' as const, loss: 'mse' as const, ...windowAround(w2, 9, 2), G };
    const one = counted(() => computeSurface({ problem, ...first }));
    expect([one.momentsComputed, one.recordPasses]).toEqual([1, 0]);
    const cached = counted(() => computeSurface({ problem, ...second }));
    expect([cached.momentsComputed, cached.recordPasses]).toEqual([0, 0]);
    // The same records in new arrays: a cache miss, then the same arithmetic, so the same bits.
    const copy = problemOf(data.x, data.y, true);
    expect(copy.xb).not.toBe(problem.xb);
    const fresh = counted(() => computeSurface({ problem: copy, ...second }));
    expect([fresh.momentsComputed, fresh.recordPasses]).toEqual([1, 0]);
    expect(Array.from(cached.value)).toEqual(Array.from(fresh.value));
    expectGrid(cached.value, directGrid(data, second), 1e-9);
  });

  it('computeSurface(linear) at the bottom of a close (not exact) fit still uses the moments and matches E there', () => {
    // Noise 1e-3 on targets of size ≈ 10: E at the minimum is ≈ 1e-9 of Σy², so moments about w = 0
    // (Σy² − 2wᵀb + wᵀMw) would cancel away nearly every digit; about the reference fit nothing large cancels.
    const random = createRandom(82);
    const x = randomRows(random, 2000, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5 + 1e-3 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const problem = problemOf(x, y, true);
    const w = leastSquaresOf(data, 0);
    const window = { x0: w[1] - 1e-4, x1: w[1] + 1e-4, y0: w[2] - 1e-4, y1: w[2] + 1e-4 };
    const spec = { w, i: 1, j: 2, activation: 'linear' as const, loss: 'sse' as const, ...window, G };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBe(0);
    expectGrid(got.value, directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) near an exact fit sums the records at the bottom of the bowl, and matches E there', () => {
    // Noise 1e-7: at the minimum E ≈ 1e-17 of Σy², where the rounding of the reference fit's residuals
    // alone could be ≈ 1e-7 of E, past what the moments may add (1e-10): the records are summed.
    const random = createRandom(83);
    const x = randomRows(random, 300, 2, -5, 5);
    const y = x.map(([a, b]) => [2 * a - 3 * b + 0.5 + 1e-7 * (random() - 0.5), -a + 0.25 * b + 1e-7 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const problem = problemOf(x, y, true);
    const w = [0, 1].flatMap((u) => leastSquaresOf(data, u));
    for (const [i, j] of [
      [1, 2], // one unit
      [1, 5], // different units
    ]) {
      const window = { x0: w[i] - 1e-6, x1: w[i] + 2e-6, y0: w[j] - 2e-6, y1: w[j] + 1e-6 };
      const spec = { w, i, j, activation: 'linear' as const, loss: 'sse' as const, ...window, G };
      const got = counted(() => computeSurface({ problem, ...spec }));
      expect(got.recordPasses).toBeGreaterThan(0);
      expectGrid(got.value, directGrid(data, spec), 1e-9, 1e-19);
    }
    // Away from the bottom the same problem's surface comes from the moments.
    const far = w.map((v) => v + 1);
    const spec = { w: far, i: 1, j: 2, activation: 'linear' as const, loss: 'sse' as const, ...windowAround(far, 1, 2), G };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBe(0);
    expectGrid(got.value, directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) where the moments would lose digits (offset, correlated inputs) sums the records', () => {
    // Inputs ≈ 30 ± 1 with x₂ ≈ x₁: near the bottom the quadratic's terms dwarf E, and from the moments
    // E would be off by ≈ 2e-8 of itself (measured with the checks removed), while summing the records
    // keeps ≈ 1e-11: the rounding bound sees it coming and the records are summed.
    const random = createRandom(85);
    const x = randomRows(random, 300, 3, 29, 31).map(([a, , c]) => [a, a + 1e-3 * (2 * random() - 1), c]);
    const y = x.map(([a, b, c]) => [1.2 * a - 0.7 * b + 1.5 * c + 1e-3 * (2 * random() - 1)]);
    const data = { x, y, bias: false };
    const problem = problemOf(x, y, false);
    const w = [1.2005, -0.7003, 1.4998];
    const spec = { w, i: 0, j: 1, activation: 'linear' as const, loss: 'sse' as const, x0: 1.19, x1: 1.21, y0: -0.71, y1: -0.69, G };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBeGreaterThan(0);
    expectGrid(got.value, directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) with inputs below 2⁻⁴⁵⁰ (products could underflow) sums the records', () => {
    const random = createRandom(84);
    const x = randomRows(random, 12, 2, -1, 1).map(([a, b], mu) => [mu === 3 ? 1e-140 : a, b]);
    const y = randomRows(random, 12, 1, -1, 1);
    const data = { x, y, bias: false };
    const problem = problemOf(x, y, false);
    const w = [0.4, -0.2];
    const spec = { w, i: 0, j: 1, activation: 'linear' as const, loss: 'sse' as const, ...windowAround(w, 0, 1), G };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBeGreaterThan(0);
    expectGrid(got.value, directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) far along the valley of correlated inputs sums the records (the moments’ terms dwarf E)', () => {
    // x₂ ≈ x₁: weights moved by ±1000 along the valley barely change E, but the moments' terms grow as
    // 1000²·Σx² and cancel down to E; without the per-node bound E was off by ≈ 2e-7 of itself.
    const random = createRandom(91);
    const x = randomRows(random, 300, 3, -1, 1).map(([a, b, c]) => [a, a + 1e-6 * b, c]);
    const y = x.map(([a, , c]) => [0.7 * a - 0.4 * c + 0.1 * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const problem = problemOf(x, y, true);
    const w = Array.from(problemMoments(problem).wRef);
    w[1] += 1000;
    w[2] -= 1000;
    const spec = { w, i: 3, j: 0, activation: 'linear' as const, loss: 'sse' as const, x0: w[3] - 0.5, x1: w[3] + 0.5, y0: w[0] - 0.5, y1: w[0] + 0.5, G };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBeGreaterThan(0);
    expectGrid(got.value, directGrid(data, spec), 1e-9);
  });

  it('computeSurface(linear) near an exact fit of another unit sums that unit’s records for the constant C', () => {
    // Inputs 25…35 (offset), targets ≈ 50·(2x₁ − 3x₂) fitted to 5e-10: unit 1's E, the constant under unit 0's
    // surface, from the moments was off by ≈ 4% of the surface's E. Summing the records directly is itself
    // good only to ≈ 1e-7 here (residuals 1e-10 of targets ≈ 1e3), hence the tolerance.
    const random = createRandom(156);
    const N = 5 + Math.floor(random() * 100);
    const noise = 10 ** (-3 - 9 * random());
    const scale = 10 ** (4 * random() - 2);
    const x = randomRows(random, N, 2, 25, 35);
    const y = x.map(([a, b]) => [scale * (2 * a - 3 * b + 0.5) + noise * (random() - 0.5), scale * (-a + 0.25 * b) + noise * (random() - 0.5)]);
    const data = { x, y, bias: true };
    const problem = problemOf(x, y, true);
    const w = [0, 1].flatMap((u) => leastSquaresOf(data, u));
    const h = 10 ** (-8 * random()) * scale;
    const spec = { w, i: 1, j: 2, activation: 'linear' as const, loss: 'sse' as const, x0: w[1] - h, x1: w[1] + 2 * h, y0: w[2] - 2 * h, y1: w[2] + h, G: 5 };
    const got = counted(() => computeSurface({ problem, ...spec }));
    expect(got.recordPasses).toBeGreaterThan(0);
    expectGrid(got.value, directGrid(data, spec), 1e-6);
  });
});
