/**
 * Values worked by hand from the seed's formulas:
 *   h = Σ wᵢxᵢ, ŷ = f(h), δ = (y − ŷ) f′(h), Δwᵢ = η δ xᵢ, E = ½ Σ_μ (y − ŷ)².
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, createRandom, createRunner, createWorkspace, errorAlongWeight, forwardPass, takeStep } from '../../src/engine';
import { expectRel, options, problemOf, randomRows } from './helpers';

const sigma = (h: number): number => 1 / (1 + Math.exp(-h));

describe('seed example x=[1,2], y=0.5, w=[0.5,−0.5], sigmoid, η=0.5', () => {
  const eta = 0.5;
  const runner = () => createRunner(problemOf([[1, 2]], [[0.5]], false), [0.5, -0.5], options({ eta }));

  it('createRunner(...) shows the pending h, ŷ, y − ŷ, f′(h), δ, E and Δw', () => {
    const r = runner();
    const h = 0.5 * 1 + -0.5 * 2;
    const yHat = sigma(h);
    const error = 0.5 - yHat;
    const delta = error * yHat * (1 - yHat);
    expect(h).toBe(-0.5);
    expectRel(yHat, 0.3775406687981454, 1e-15);
    expectRel(error, 0.1224593312018546, 1e-14);

    expectRel(r.ws.h[0], -0.5, 1e-15);
    expectRel(r.ws.yHat[0], 0.3775406687981454, 1e-15);
    expectRel(r.ws.err[0], 0.1224593312018546, 1e-14);
    expectRel(r.ws.fp[0], yHat * (1 - yHat), 1e-14);
    expectRel(r.ws.delta[0], delta, 1e-14);
    expectRel(r.E, 0.5 * error * error, 1e-14);
    expectRel(r.ws.dw[0], eta * delta * 1, 1e-14);
    expectRel(r.ws.dw[1], eta * delta * 2, 1e-14);
    expect(r.ws.dw[0]).toBeCloseTo(0.0143892, 7);
    expect(r.ws.dw[1]).toBeCloseTo(0.0287784, 7);
    expectRel(r.ws.grad[1], -delta * 2, 1e-14);
  });

  it('takeStep(r) moves w to w + η δ x', () => {
    const r = runner();
    const delta = (0.5 - sigma(-0.5)) * sigma(-0.5) * (1 - sigma(-0.5));
    expect(takeStep(r)).toBe(true);
    expectRel(r.w[0], 0.5 + eta * delta, 1e-15);
    expectRel(r.w[1], -0.5 + 2 * eta * delta, 1e-15);
    expect(r.step).toBe(1);
  });
});

describe('seed example x=[1,2,3,4], y=0.5, w=[0.5,−0.5,0.3,0.1], sigmoid, η=0.5', () => {
  it('createRunner(...) gives h = 0.8 and Δw = η δ x by hand', () => {
    const x = [1, 2, 3, 4];
    const w = [0.5, -0.5, 0.3, 0.1];
    const eta = 0.5;
    const r = createRunner(problemOf([x], [[0.5]], false), w, options({ eta }));
    const h = 0.5 * 1 - 0.5 * 2 + 0.3 * 3 + 0.1 * 4; // 0.8
    const yHat = 1 / (1 + Math.exp(-h));
    const delta = (0.5 - yHat) * yHat * (1 - yHat);
    expectRel(r.ws.h[0], 0.8, 1e-15);
    expectRel(r.ws.yHat[0], yHat, 1e-15);
    expectRel(r.ws.err[0], 0.5 - yHat, 1e-14);
    expectRel(r.ws.delta[0], delta, 1e-14);
    expectRel(r.E, 0.5 * (0.5 - yHat) ** 2, 1e-14);
    for (let i = 0; i < 4; i++) expectRel(r.ws.dw[i], eta * delta * x[i], 1e-14, 0, `dw[${i}]`);
    expect(r.ws.dw[3]).toBeLessThan(0); // ŷ > y: every step goes down
  });
});

describe('errorAlongWeight on the one-weight linear bowl E(w) = ½ Σ (y − w x)²', () => {
  const X = [[1], [2], [-1.5], [3]];
  const Y = [[0.7], [2.1], [-1.4], [2.6]];
  const problem = problemOf(X, Y, false);
  const closedE = (v: number) => 0.5 * X.reduce((s, [x], mu) => s + (Y[mu][0] - v * x) ** 2, 0);
  const closedGrad = (v: number) => -X.reduce((s, [x], mu) => s + (Y[mu][0] - v * x) * x, 0);
  const values = Float64Array.from({ length: 41 }, (_, g) => -3 + 0.15 * g);

  it('errorAlongWeight(problem, w, 0, linear, sse, …) equals ½ Σ (y − v x)² at many v', () => {
    const out = new Float64Array(values.length);
    errorAlongWeight(problem, [9], 0, ACTIVATIONS.linear, 'sse', values, out, new Float64Array(problem.N));
    values.forEach((v, g) => expectRel(out[g], closedE(v), 1e-13, 1e-15, `v=${v}`));
  });

  it('errorAlongWeight(…, mse, …) is the SSE divided by N', () => {
    const out = new Float64Array(values.length);
    errorAlongWeight(problem, [0], 0, ACTIVATIONS.linear, 'mse', values, out, new Float64Array(problem.N));
    values.forEach((v, g) => expectRel(out[g], closedE(v) / X.length, 1e-13, 1e-15, `v=${v}`));
  });

  it('forwardPass(…, true) grad equals −Σ (y − w x) x at many w', () => {
    const ws = createWorkspace(problem);
    for (const v of values) {
      const E = forwardPass(ws, Float64Array.of(v), ACTIVATIONS.linear, 'sse', 0.1, true);
      expectRel(E, closedE(v), 1e-13, 1e-15, `E at w=${v}`);
      expectRel(ws.grad[0], closedGrad(v), 1e-13, 1e-14, `grad at w=${v}`);
      expectRel(ws.dw[0], 0.1 * -closedGrad(v), 1e-13, 1e-14, `dw at w=${v}`);
    }
  });
});

describe('errorAlongWeight on a sigmoid network with several outputs', () => {
  it('errorAlongWeight(…, index, sigmoid, …) equals direct evaluation of E for every index (bias on, k=3)', () => {
    const random = createRandom(2024);
    const N = 6;
    const n = 2;
    const k = 3;
    const d = n + 1;
    const X = randomRows(random, N, n, -2, 2);
    const Y = randomRows(random, N, k, 0, 1);
    const W = randomRows(random, k, d, -1, 1).flat();
    const problem = problemOf(X, Y, true);
    const directE = (w: number[], loss: 'sse' | 'mse') => {
      let s = 0;
      for (let mu = 0; mu < N; mu++) {
        const inputs = [1, ...X[mu]];
        for (let j = 0; j < k; j++) {
          const h = inputs.reduce((acc, x, c) => acc + w[j * d + c] * x, 0);
          s += (Y[mu][j] - sigma(h)) ** 2;
        }
      }
      return loss === 'mse' ? s / (2 * N) : s / 2;
    };
    const values = Float64Array.from({ length: 13 }, (_, g) => -4 + (8 * g) / 12);
    const out = new Float64Array(values.length);
    const scratch = new Float64Array(N);
    for (const loss of ['sse', 'mse'] as const) {
      for (let index = 0; index < k * d; index++) {
        errorAlongWeight(problem, W, index, ACTIVATIONS.sigmoid, loss, values, out, scratch);
        values.forEach((v, g) => {
          const w = [...W];
          w[index] = v;
          expectRel(out[g], directE(w, loss), 1e-12, 1e-15, `${loss} index ${index} v=${v}`);
        });
      }
    }
  });
});
