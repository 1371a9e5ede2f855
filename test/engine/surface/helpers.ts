/**
 * What the surface tests share: E evaluated directly at every node, written here from
 * the seed's formulas on plain arrays (own activations, no engine forward pass):
 * E = ½·s·Σ_μ Σ_u (y_u − f(Σ_c w_uc x_c))², s = 1 (SSE) or 1/N (MSE); seeded problems,
 * windows and index pairs; least squares by hand.
 */
import { expect } from 'vitest';
import { createRandom, surfaceCounts, type ActivationName, type LossName, type Problem, type SurfaceSpec } from '../../../src/engine';
import { expectRel, problemOf, randomRows } from '../helpers';

/** The activations by their textbook formulas. */
export function act(name: ActivationName, h: number): number {
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

export interface Data {
  x: number[][];
  y: number[][];
  bias: boolean;
}

/** E at weights w (unit-major, d per unit) by the definition. */
export function directE(data: Data, w: number[], activation: ActivationName, loss: LossName): number {
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
export function directGrid(data: Data, spec: Omit<SurfaceSpec, 'problem'>): number[] {
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
export function randomData(seed: number, N: number, n: number, k: number, bias: boolean): { data: Data; problem: Problem; w: number[] } {
  const random = createRandom(seed);
  const x = randomRows(random, N, n, -2, 2);
  const y = randomRows(random, N, k, 0.05, 0.95);
  const d = n + (bias ? 1 : 0);
  const w = randomRows(random, 1, k * d, -1, 1)[0];
  return { data: { x, y, bias }, problem: problemOf(x, y, bias), w };
}

/** An asymmetric window around the current weights. */
export function windowAround(w: number[], i: number, j: number) {
  return { x0: w[i] - 1.3, x1: w[i] + 2.1, y0: w[j] - 0.4, y1: w[j] + 3 };
}

export function expectGrid(actual: Float64Array, expected: number[], rel: number, abs = 0): void {
  expect(actual.length).toBe(expected.length);
  for (let o = 0; o < expected.length; o++) expectRel(actual[o], expected[o], rel, abs, `node ${o}`);
}

export const G = 7;
export const n = 3;
export const LOSSES: LossName[] = ['sse', 'mse'];

// Index pairs by kind. d = n (+1 with bias); with k = 3 weight j of unit 2 is 2d + c.
export function pairs(k: number, bias: boolean): { label: string; i: number; j: number }[] {
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

/** Rows of xb: each record's inputs with the bias input 1 in front when it is on. */
export function rowsWithBias(data: Data): number[][] {
  return data.x.map((row) => (data.bias ? [1, ...row] : row));
}

/** Runs `f`; its value, how many moments it computed and how many linear surfaces it summed over the records. */
export function counted<T>(f: () => T): { value: T; momentsComputed: number; recordPasses: number } {
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
export function solve(A: number[][], r: number[]): number[] {
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
export function leastSquaresOf(data: Data, u: number): number[] {
  const xs = rowsWithBias(data);
  const d = xs[0].length;
  const M = Array.from({ length: d }, (_, c) => Array.from({ length: d }, (_, e) => xs.reduce((acc, x) => acc + x[c] * x[e], 0)));
  return solve(
    M,
    Array.from({ length: d }, (_, c) => xs.reduce((acc, x, mu) => acc + x[c] * data.y[mu][u], 0)),
  );
}
