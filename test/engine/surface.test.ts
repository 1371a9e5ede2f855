/**
 * computeSurface against E evaluated directly at every node, written here from
 * the seed's formulas on plain arrays (own activations, no engine forward pass):
 * E = ½·s·Σ_μ Σ_u (y_u − f(Σ_c w_uc x_c))², s = 1 (SSE) or 1/N (MSE).
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  computeSurface,
  createRandom,
  createSurfaceScratch,
  problemMoments,
  surfaceCost,
  surfaceCounts,
  type ActivationName,
  type LossName,
  type Problem,
  type SurfaceSpec,
} from '../../src/engine';
import { expectRel, problemOf, randomRows } from './helpers';

/** The activations by their textbook formulas. */
function act(name: ActivationName, h: number): number {
  switch (name) {
    case 'sigmoid':
      return 1 / (1 + Math.exp(-h));
    case 'tanh':
      return Math.tanh(h);
    case 'linear':
      return h;
    case 'relu':
      return Math.max(0, h);
    case 'leaky-relu':
      return h > 0 ? h : 0.01 * h;
    case 'softplus':
      return h > 30 ? h + Math.exp(-h) : Math.log(1 + Math.exp(h));
  }
}

interface Data {
  x: number[][];
  y: number[][];
  bias: boolean;
}

/** E at weights w (unit-major, d per unit) by the definition. */
function directE(data: Data, w: number[], activation: ActivationName, loss: LossName): number {
  const N = data.x.length;
  const k = data.y[0].length;
  const d = data.x[0].length + (data.bias ? 1 : 0);
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    const inputs = data.bias ? [1, ...data.x[mu]] : data.x[mu];
    for (let u = 0; u < k; u++) {
      let h = 0;
      for (let c = 0; c < d; c++) h += w[u * d + c] * inputs[c];
      const e = data.y[mu][u] - act(activation, h);
      sum += e * e;
    }
  }
  return 0.5 * (loss === 'mse' ? 1 / N : 1) * sum;
}

/** The whole grid by the definition, node by node, in computeSurface's layout. */
function directGrid(data: Data, spec: Omit<SurfaceSpec, 'problem'>): number[] {
  const { G } = spec;
  const out: number[] = [];
  for (let r = 0; r < G; r++) {
    for (let c = 0; c < G; c++) {
      const w = Array.from(spec.w);
      w[spec.i] = spec.x0 + (c * (spec.x1 - spec.x0)) / (G - 1);
      w[spec.j] = spec.y0 + (r * (spec.y1 - spec.y0)) / (G - 1);
      out.push(directE(data, w, spec.activation, spec.loss));
    }
  }
  return out;
}

/** A seeded problem: inputs in [−2, 2), targets in (0, 1) so every activation has a bowl. */
function randomData(seed: number, N: number, n: number, k: number, bias: boolean): { data: Data; problem: Problem; w: number[] } {
  const random = createRandom(seed);
  const x = randomRows(random, N, n, -2, 2);
  const y = randomRows(random, N, k, 0.05, 0.95);
  const d = n + (bias ? 1 : 0);
  const w = randomRows(random, 1, k * d, -1, 1)[0];
  return { data: { x, y, bias }, problem: problemOf(x, y, bias), w };
}

/** An asymmetric window around the current weights. */
function windowAround(w: number[], i: number, j: number) {
  return { x0: w[i] - 1.3, x1: w[i] + 2.1, y0: w[j] - 0.4, y1: w[j] + 3 };
}

function expectGrid(actual: Float64Array, expected: number[], rel: number, abs = 0): void {
  expect(actual.length).toBe(expected.length);
  for (let o = 0; o < expected.length; o++) expectRel(actual[o], expected[o], rel, abs, `node ${o}`);
}

const G = 7;
const n = 3;
const LOSSES: LossName[] = ['sse', 'mse'];

// Index pairs by kind. d = n (+1 with bias); with k = 3 weight j of unit 2 is 2d + c.
function pairs(k: number, bias: boolean): { label: string; i: number; j: number }[] {
  const d = n + (bias ? 1 : 0);
  const list = [
    { label: 'same unit', i: 0, j: 1 },
    { label: 'same unit, j before i', i: d - 1, j: 0 },
  ];
  if (k > 1) {
    list.push({ label: 'same unit (unit 2)', i: d + 2, j: d });
    list.push({ label: 'different units', i: 1, j: 2 * d + 2 });
    list.push({ label: 'different units, j before i', i: 2 * d, j: d + 1 });
  }
  return list;
}

describe('computeSurface matches direct evaluation', () => {
  let seed = 100;
  for (const activation of ACTIVATION_NAMES) {
    for (const bias of [false, true]) {
      for (const k of [1, 3]) {
        for (const { label, i, j } of pairs(k, bias)) {
          for (const loss of LOSSES) {
            const s = seed++;
            it(`computeSurface(${activation}, bias ${bias ? 'on' : 'off'}, k = ${k}, ${label}, ${loss}) equals E at every node`, () => {
              const { data, problem, w } = randomData(s, 13, n, k, bias);
              const spec = { w, i, j, activation, loss, ...windowAround(w, i, j), G };
              const got = computeSurface({ problem, ...spec });
              // The linear path is a quadratic form, not the same sum in the same order: 1e-9 relative.
              expectGrid(got, directGrid(data, spec), activation === 'linear' ? 1e-9 : 1e-12);
            });
          }
        }
      }
    }
  }

  it('computeSurface lays out rows along j and columns along i, with both window ends on the grid', () => {
    const { data, problem, w } = randomData(7, 9, 2, 1, false);
    const spec = { w, i: 0, j: 1, activation: 'tanh' as const, loss: 'sse' as const, x0: -3, x1: 5, y0: 2, y1: 2.5, G: 4 };
    const got = computeSurface({ problem, ...spec });
    const at = (a: number, b: number) => directE(data, [a, b], 'tanh', 'sse');
    expectRel(got[0], at(-3, 2), 1e-13);
    expectRel(got[3], at(5, 2), 1e-13); // end of the first row: i at x1
    expectRel(got[4 * 3], at(-3, 2.5), 1e-13); // start of the last row: j at y1
    expectRel(got[15], at(5, 2.5), 1e-13);
  });

  it('computeSurface with G = 2 gives the four corners', () => {
    const { data, problem, w } = randomData(8, 5, 1, 2, true);
    const spec = { w, i: 0, j: 3, activation: 'softplus' as const, loss: 'mse' as const, x0: -1, x1: 1, y0: 0, y1: 4, G: 2 };
    expectGrid(computeSurface({ problem, ...spec }), directGrid(data, spec), 1e-12);
  });
});

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

/** Rows of xb: each record's inputs with the bias input 1 in front when it is on. */
function rowsWithBias(data: Data): number[][] {
  return data.x.map((row) => (data.bias ? [1, ...row] : row));
}

/** Runs `f`; its value, how many moments it computed and how many linear surfaces it summed over the records. */
function counted<T>(f: () => T): { value: T; momentsComputed: number; recordPasses: number } {
  const before = surfaceCounts();
  const value = f();
  const after = surfaceCounts();
  return {
    value,
    momentsComputed: after.momentsComputed - before.momentsComputed,
    recordPasses: after.recordPasses - before.recordPasses,
  };
}

/** Solves A·z = r (A square) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], r: number[]): number[] {
  const n = r.length;
  const a = A.map((row, q) => [...row, r[q]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let q = c + 1; q < n; q++) if (Math.abs(a[q][c]) > Math.abs(a[p][c])) p = q;
    [a[c], a[p]] = [a[p], a[c]];
    for (let q = c + 1; q < n; q++) {
      const f = a[q][c] / a[c][c];
      for (let e = c; e <= n; e++) a[q][e] -= f * a[c][e];
    }
  }
  const z = new Array<number>(n).fill(0);
  for (let c = n - 1; c >= 0; c--) {
    let t = a[c][n];
    for (let e = c + 1; e < n; e++) t -= a[c][e] * z[e];
    z[c] = t / a[c][c];
  }
  return z;
}

/** Unit u's least-squares weights, from the normal equations summed here. */
function leastSquaresOf(data: Data, u: number): number[] {
  const xs = rowsWithBias(data);
  const d = xs[0].length;
  const M = Array.from({ length: d }, (_, c) => Array.from({ length: d }, (_, e) => xs.reduce((acc, x) => acc + x[c] * x[e], 0)));
  return solve(
    M,
    Array.from({ length: d }, (_, c) => xs.reduce((acc, x, mu) => acc + x[c] * data.y[mu][u], 0)),
  );
}

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
});

describe('computeSurface buffers', () => {
  it('computeSurface(spec, out, scratch) returns out and gives what fresh buffers give, call after call', () => {
    const big = randomData(31, 40, 3, 3, true);
    const small = randomData(32, 11, 3, 3, false);
    const specs: SurfaceSpec[] = [
      { problem: big.problem, w: big.w, i: 0, j: 2, activation: 'sigmoid', loss: 'sse', ...windowAround(big.w, 0, 2), G },
      { problem: big.problem, w: big.w, i: 1, j: 9, activation: 'tanh', loss: 'mse', ...windowAround(big.w, 1, 9), G },
      { problem: small.problem, w: small.w, i: 4, j: 5, activation: 'linear', loss: 'sse', ...windowAround(small.w, 4, 5), G },
      { problem: small.problem, w: small.w, i: 8, j: 0, activation: 'linear', loss: 'mse', ...windowAround(small.w, 8, 0), G },
      { problem: big.problem, w: big.w, i: 3, j: 1, activation: 'relu', loss: 'sse', ...windowAround(big.w, 3, 1), G },
    ];
    const out = new Float64Array(G * G);
    const scratch = createSurfaceScratch(40, G);
    for (const spec of specs) {
      const got = computeSurface(spec, out, scratch);
      expect(got).toBe(out);
      expect(Array.from(got)).toEqual(Array.from(computeSurface(spec)));
    }
  });

  it('computeSurface accepts a scratch made for more records and a larger grid', () => {
    const { problem, w } = randomData(33, 10, 2, 1, true);
    const spec: SurfaceSpec = { problem, w, i: 0, j: 2, activation: 'softplus', loss: 'sse', ...windowAround(w, 0, 2), G: 5 };
    const got = computeSurface(spec, undefined, createSurfaceScratch(100, 50));
    expect(Array.from(got)).toEqual(Array.from(computeSurface(spec)));
  });
});

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

describe('computeSurface rejects calls that cannot mean a surface', () => {
  const { problem, w } = randomData(51, 5, 2, 2, false);
  const spec: SurfaceSpec = { problem, w, i: 0, j: 1, activation: 'sigmoid', loss: 'sse', x0: -1, x1: 1, y0: -1, y1: 1, G: 5 };

  it('computeSurface with i === j throws a RangeError', () => {
    expect(() => computeSurface({ ...spec, i: 2, j: 2 })).toThrow(RangeError);
  });

  it('computeSurface with an index outside the weights, a short w or G < 2 throws a RangeError', () => {
    expect(() => computeSurface({ ...spec, j: 4 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, i: -1 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, i: 0.5 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, w: [1, 2, 3] })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, G: 1 })).toThrow(RangeError);
  });

  it('computeSurface with out of the wrong length or a scratch too small throws a RangeError', () => {
    expect(() => computeSurface(spec, new Float64Array(24))).toThrow(RangeError);
    expect(() => computeSurface(spec, undefined, createSurfaceScratch(4, 5))).toThrow(RangeError);
    expect(() => computeSurface(spec, undefined, createSurfaceScratch(5, 4))).toThrow(RangeError);
  });
});

describe('surfaceCost', () => {
  const big = randomData(61, 2000, 3, 2, true).problem;
  const cost = (activation: ActivationName, i: number, j: number, Gs = 101) => surfaceCost({ problem: big, activation, i, j, G: Gs });

  it('surfaceCost of one unit, non-linear, grows as G²·N', () => {
    expect(cost('sigmoid', 0, 1)).toBeGreaterThanOrEqual(101 * 101 * 2000);
    expect(cost('sigmoid', 0, 1, 201) / cost('sigmoid', 0, 1)).toBeCloseTo(4, 0);
  });

  it('surfaceCost(linear) counts computing the moments until they are cached, then G² + d²·k whatever N', () => {
    const small = randomData(62, 500, 3, 2, true).problem;
    const large = randomData(63, 5000, 3, 2, true).problem;
    const linear = (problem: Problem) => surfaceCost({ problem, activation: 'linear', i: 0, j: 5, G: 101 });
    expect(linear(large)).toBeGreaterThan(5000 * 4 * 4);
    problemMoments(small);
    problemMoments(large);
    expect(linear(large)).toBe(linear(small));
    expect(linear(large)).toBe(101 * 101 + 4 * 4 * 2);
  });

  it('surfaceCost of a linear unit and of different units is far below G²·N', () => {
    expect(cost('linear', 0, 1)).toBeLessThan((101 * 101 * 2000) / 50);
    expect(cost('tanh', 0, 5)).toBeLessThan((101 * 101 * 2000) / 20);
    expect(cost('tanh', 0, 5)).toBeGreaterThanOrEqual(2 * 101 * 2000);
  });
});
