/**
 * errorAlongWeight (the curve view's line) against a hand-written direct sum over the
 * problem's own arrays: every record, every unit, the varied weight set to each value.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  createRandom,
  createSurfaceScratch,
  errorAlongWeight,
  problemMoments,
  surfaceCounts,
  type Activation,
  type LossName,
  type Problem,
} from '../../src/engine';
import { expectRel, problemOf, randomRows } from './helpers';

/** ½·s·Σ_μ Σ_u (y_u − f(Σ_c w_uc·xb_c))² with w[index] = v, s = 1 (SSE) or 1/N (MSE). */
function handE(problem: Problem, w: ArrayLike<number>, index: number, v: number, f: (h: number) => number, loss: LossName): number {
  const { N, k, d, xb, y } = problem;
  let sum = 0;
  for (let mu = 0; mu < N; mu++) {
    for (let u = 0; u < k; u++) {
      let h = 0;
      for (let c = 0; c < d; c++) h += (u * d + c === index ? v : w[u * d + c]) * xb[mu * d + c];
      const e = y[mu * k + u] - f(h);
      sum += e * e;
    }
  }
  return 0.5 * (loss === 'mse' ? 1 / N : 1) * sum;
}

const sigmoid = (h: number) => 1 / (1 + Math.exp(-h));
const identity = (h: number) => h;

describe('errorAlongWeight equals a hand-written direct sum', () => {
  const cases: { name: string; act: Activation; f: (h: number) => number }[] = [
    { name: 'linear', act: ACTIVATIONS.linear, f: identity },
    { name: 'sigmoid', act: ACTIVATIONS.sigmoid, f: sigmoid },
  ];
  let seed = 1000;
  for (const { name, act, f } of cases) {
    for (const bias of [false, true]) {
      for (const k of [1, 2, 4]) {
        for (const loss of ['sse', 'mse'] as const) {
          const s = seed++;
          it(`errorAlongWeight(${name}, bias ${bias ? 'on' : 'off'}, k = ${k}, ${loss}) equals the direct sum to 1e-9 for every weight`, () => {
            const random = createRandom(s);
            const N = 5 + Math.floor(random() * 200);
            const inputs = 1 + Math.floor(random() * 4);
            const problem = problemOf(randomRows(random, N, inputs, -3, 3), randomRows(random, N, k, -1, 1), bias);
            const w = randomRows(random, 1, problem.k * problem.d, -2, 2)[0];
            const values = Float64Array.from({ length: 25 }, () => 8 * random() - 4);
            const out = new Float64Array(values.length);
            const scratch = new Float64Array(N);
            for (let index = 0; index < w.length; index++) {
              errorAlongWeight(problem, w, index, act, loss, values, out, scratch);
              values.forEach((v, g) => expectRel(out[g], handE(problem, w, index, v, f, loss), 1e-9, 0, `index ${index} v ${v}`));
            }
          });
        }
      }
    }
  }
});

describe('errorAlongWeight buffers and cost', () => {
  it('errorAlongWeight(linear) reads no records once the problem’s moments are cached, at N = 10,000', () => {
    const random = createRandom(1100);
    const problem = problemOf(randomRows(random, 10_000, 3, -1, 1), randomRows(random, 10_000, 2, 0, 1), true);
    const w = randomRows(random, 1, 8, -1, 1)[0];
    problemMoments(problem);
    const values = Float64Array.from({ length: 241 }, (_, g) => -3 + g / 40);
    const out = new Float64Array(values.length);
    const before = surfaceCounts();
    errorAlongWeight(problem, w, 5, ACTIVATIONS.linear, 'mse', values, out, new Float64Array(problem.N));
    const after = surfaceCounts();
    expect([after.momentsComputed - before.momentsComputed, after.recordPasses - before.recordPasses]).toEqual([0, 0]);
    for (const g of [0, 120, 240]) expectRel(out[g], handE(problem, w, 5, values[g], identity, 'mse'), 1e-9, 0, `g ${g}`);
  });

  it('errorAlongWeight with one scratch array serves a larger problem and more values next, and takes given buffers', () => {
    const random = createRandom(1101);
    const small = problemOf(randomRows(random, 10, 2, -1, 1), randomRows(random, 10, 1, 0, 1), false);
    const large = problemOf(randomRows(random, 50, 2, -1, 1), randomRows(random, 50, 1, 0, 1), false);
    const w = [0.3, -0.4];
    const scratch = new Float64Array(10);
    for (const [problem, count] of [
      [small, 5],
      [large, 80],
    ] as const) {
      const values = Float64Array.from({ length: count }, (_, g) => g / count);
      const out = new Float64Array(count);
      errorAlongWeight(problem, w, 1, ACTIVATIONS.tanh, 'sse', values, out, scratch);
      values.forEach((v, g) => expectRel(out[g], handE(problem, w, 1, v, Math.tanh, 'sse'), 1e-12));
      const again = new Float64Array(count);
      errorAlongWeight(problem, w, 1, ACTIVATIONS.tanh, 'sse', values, again, scratch, createSurfaceScratch(problem.N, count));
      expect(Array.from(again)).toEqual(Array.from(out));
    }
  });

  it('errorAlongWeight with an activation that is not one of ACTIVATIONS throws a RangeError', () => {
    const problem = problemOf([[1], [2]], [[0], [1]], false);
    const own: Activation = { label: 'own', f: (h) => h, fPrime: () => 1 };
    expect(() => errorAlongWeight(problem, [1], 0, own, 'sse', [0, 1], new Float64Array(2), new Float64Array(2))).toThrow(RangeError);
  });
});
