/**
 * The engine's gradient against a central finite difference of E, where E is
 * computed here from scratch on plain arrays (no engine code in the reference).
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS,
  ACTIVATION_NAMES,
  createRandom,
  createWorkspace,
  forwardPass,
  type ActivationName,
  type LossName,
} from '../../src/engine';
import { expectRel, problemOf, randomRows } from './helpers';

/** The activations written out independently of src/engine/activations.ts. */
const REFERENCE_F: Record<ActivationName, (h: number) => number> = {
  sigmoid: (h) => 1 / (1 + Math.exp(-h)),
  tanh: (h) => (Math.exp(h) - Math.exp(-h)) / (Math.exp(h) + Math.exp(-h)),
  linear: (h) => h,
  relu: (h) => Math.max(0, h),
  'leaky-relu': (h) => (h > 0 ? h : 0.01 * h),
  softplus: (h) => Math.log(1 + Math.exp(h)),
};

/** E = ½ Σ_μ Σ_j (y_j^μ − f(Σ_i w_ij x_i^μ))², divided by N for MSE. W is k rows of d weights. */
function referenceE(X: number[][], Y: number[][], W: number[][], bias: boolean, f: (h: number) => number, loss: LossName): number {
  let sum = 0;
  for (let mu = 0; mu < X.length; mu++) {
    const inputs = bias ? [1, ...X[mu]] : X[mu];
    for (let j = 0; j < W.length; j++) {
      let h = 0;
      for (let i = 0; i < inputs.length; i++) h += W[j][i] * inputs[i];
      const e = Y[mu][j] - f(h);
      sum += e * e;
    }
  }
  return loss === 'mse' ? (0.5 * sum) / X.length : 0.5 * sum;
}

/** Smallest |h| over records and units, to keep finite differences off the ReLU kink. */
function minAbsNet(X: number[][], W: number[][], bias: boolean): number {
  let m = Infinity;
  for (const row of X) {
    const inputs = bias ? [1, ...row] : row;
    for (const wj of W) m = Math.min(m, Math.abs(wj.reduce((s, v, i) => s + v * inputs[i], 0)));
  }
  return m;
}

const EPS = 1e-6;
const TRIALS = 4;
const ETA = 0.3;

describe.each(ACTIVATION_NAMES)('forwardPass(..., batchGradient=true) with %s', (name) => {
  for (const bias of [false, true]) {
    for (const k of [1, 3]) {
      for (const loss of ['sse', 'mse'] as const) {
        it(`grad equals −∂E/∂w by central difference, dw = −η·grad (bias ${bias ? 'on' : 'off'}, k=${k}, ${loss})`, () => {
          const random = createRandom(1000 + 97 * ACTIVATION_NAMES.indexOf(name) + 7 * k + (bias ? 3 : 0) + (loss === 'mse' ? 1 : 0));
          let checked = 0;
          for (let trial = 0; trial < 3 * TRIALS && checked < TRIALS; trial++) {
            const N = 4 + Math.floor(random() * 5);
            const n = 1 + Math.floor(random() * 3);
            const d = n + (bias ? 1 : 0);
            const X = randomRows(random, N, n, -2, 2);
            const Y = randomRows(random, N, k, -1, 1);
            const W = randomRows(random, k, d, -1.2, 1.2);
            if ((name === 'relu' || name === 'leaky-relu') && minAbsNet(X, W, bias) < 1e-3) continue;
            checked++;

            const problem = problemOf(X, Y, bias);
            const ws = createWorkspace(problem);
            const w = Float64Array.from(W.flat()); // unit-major: w[j·d + c]
            const E = forwardPass(ws, w, ACTIVATIONS[name], loss, ETA, true);
            const f = REFERENCE_F[name];
            expectRel(E, referenceE(X, Y, W, bias, f, loss), 1e-12, 1e-14, 'E');

            for (let j = 0; j < k; j++) {
              for (let c = 0; c < d; c++) {
                const plus = W.map((row) => [...row]);
                const minus = W.map((row) => [...row]);
                plus[j][c] += EPS;
                minus[j][c] -= EPS;
                const fd = (referenceE(X, Y, plus, bias, f, loss) - referenceE(X, Y, minus, bias, f, loss)) / (2 * EPS);
                const q = j * d + c;
                expectRel(ws.grad[q], fd, 1e-6, 1e-8, `grad[${q}] (unit ${j}, column ${c})`);
                expectRel(ws.dw[q], -ETA * ws.grad[q], 1e-15, 0, `dw[${q}]`);
              }
            }
          }
          expect(checked).toBe(TRIALS);
        });
      }
    }
  }
});
