/**
 * Optimizers inside a run (run.ts): the pending step `ws.dw` is the step taken, the
 * optimizer receives the gradient of the step's records, gd is today's runner bit for
 * bit, and a huge gradient or a diverged step leaves every number finite and the
 * optimizer's state as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createRandom,
  createRunner,
  MODE_NAMES,
  OPTIMIZER_NAMES,
  OPTIMIZER_RULES,
  setRunnerEta,
  takeStep,
  takeSteps,
  type LossName,
  type ModeName,
  type OptimizerName,
  type OptimizerState,
  type Problem,
  type Runner,
} from '../../src/engine';
import { expectRel, options, problemOf, randomRows } from './helpers';
import { refState, refStep } from './optimizerReference';

const random = createRandom(2024);
const N = 7;
const X = randomRows(random, N, 3, -2, 2);
const Y = randomRows(random, N, 1, 0, 1);
/** The random 3-input sigmoid problem, bias on: 7 records, so mini-batches of 3 are 3, 3, 1. */
const PROBLEM = problemOf(X, Y, true);
const W0 = [0.3, -0.8, 0.5, 1.1];

function runner(name: OptimizerName | undefined, mode: ModeName, over: Parameters<typeof options>[0] = {}): Runner {
  const opt = name === undefined ? {} : { optimizer: name };
  return createRunner(PROBLEM, W0, options({ mode, batchSize: 3, shuffle: mode !== 'batch', seed: 9, ...opt, ...over }));
}

/** The step the rule gives from the state after commit, in rules.ts's own arithmetic. */
function stepFromCommitted(o: OptimizerState, g: number[], eta: number): number[] {
  const { mu, alpha, beta1, beta2, eps } = o.params;
  void alpha;
  return g.map((gq, q) => {
    switch (o.name) {
      case 'gd':
        return -eta * gq;
      case 'momentum':
        return -eta * o.v[q];
      case 'nesterov':
        return -eta * (gq + mu * o.v[q]);
      case 'adagrad':
      case 'rmsprop':
        return -eta * (gq / (Math.sqrt(o.s[q]) + eps));
      case 'adam':
        return -eta * (o.m[q] / (1 - Math.pow(beta1, o.t)) / (Math.sqrt(o.v[q] / (1 - Math.pow(beta2, o.t))) + eps));
    }
  });
}

const snapshot = (o: OptimizerState) => ({ v: Array.from(o.v), s: Array.from(o.s), m: Array.from(o.m), t: o.t });
const allFinite = (...arrays: ArrayLike<number>[]) => arrays.every((a) => Array.from(a).every(Number.isFinite));

describe('the pending step is the step taken', () => {
  for (const name of OPTIMIZER_NAMES) {
    for (const mode of MODE_NAMES) {
      it(`${name} (${mode}): ws.dw is applied exactly, matches the reference rule, and η changes recompute it`, () => {
        let eta = 0.5;
        const r = runner(name, mode, { eta });
        const ref = refState(W0.length);
        for (let step = 0; step < 20; step++) {
          if (step % 5 === 4) setRunnerEta(r, (eta = eta === 0.5 ? 0.2 : 0.5));
          const g = Array.from(r.ws.grad);
          const dw = Array.from(r.ws.dw);
          const w = Array.from(r.w);
          const expected = refStep(name, r.opt.params, ref, g, eta);
          expect(takeStep(r)).toBe(true);
          const fromState = stepFromCommitted(r.opt, g, eta);
          for (let q = 0; q < w.length; q++) {
            expectRel(dw[q], expected[q], 1e-12, 1e-300, `step ${step} Δw[${q}]`);
            expect(r.w[q]).toBe(w[q] + dw[q]);
            expect(fromState[q]).toBe(dw[q]);
          }
          expect(r.opt.t).toBe(step + 1);
        }
      });
    }
  }
});

/** E over records `B` (SSE, or MSE over |B|) from scratch, sigmoid, bias on. */
function energyOver(B: number[], w: number[], loss: LossName): number {
  let sum = 0;
  for (const mu of B) {
    const x = [1, ...X[mu]];
    const h = x.reduce((s, xi, c) => s + w[c] * xi, 0);
    const e = Y[mu][0] - 1 / (1 + Math.exp(-h));
    sum += e * e;
  }
  return (loss === 'mse' ? 1 / B.length : 1) * 0.5 * sum;
}

describe('the gradient the optimizer receives', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  for (const name of OPTIMIZER_NAMES) {
    for (const mode of MODE_NAMES) {
      it(`${name} (${mode}): commit gets ∂E/∂w over the step's records (central difference, 1e-6)`, () => {
        const received: number[][] = [];
        const rule = OPTIMIZER_RULES[name];
        const original = rule.commit;
        vi.spyOn(rule, 'commit').mockImplementation((state, g) => {
          received.push(Array.from(g));
          original(state, g);
        });
        for (const loss of ['sse', 'mse'] as const) {
          const r = runner(name, mode, { loss });
          for (let step = 0; step < 10; step++) {
            const B = Array.from(r.order.subarray(r.pos, r.pos + r.len));
            expect(B.length).toBe(mode === 'batch' ? N : mode === 'stochastic' ? 1 : Math.min(3, N - r.pos));
            const w = Array.from(r.w);
            received.length = 0;
            takeStep(r);
            expect(received.length).toBe(1);
            for (let q = 0; q < w.length; q++) {
              const h = 1e-5;
              const plus = w.map((v, c) => (c === q ? v + h : v));
              const minus = w.map((v, c) => (c === q ? v - h : v));
              const fd = (energyOver(B, plus, loss) - energyOver(B, minus, loss)) / (2 * h);
              expectRel(received[0][q], fd, 1e-6, 1e-10, `${loss} step ${step} g[${q}]`);
            }
          }
        }
      });
    }
  }
});

describe('gd is the runner as it was', () => {
  for (const mode of MODE_NAMES) {
    it(`${mode}: no optimizer option and optimizer 'gd' give bit-identical runs`, () => {
      const a = runner(undefined, mode);
      const b = runner('gd', mode, { optimizerParams: { mu: 0.5, eps: 1e-3 } });
      for (let step = 0; step < 60; step++) {
        if (step === 30) {
          setRunnerEta(a, 0.9);
          setRunnerEta(b, 0.9);
        }
        for (const key of ['grad', 'dw', 'h', 'yHat', 'delta'] as const) expect(Array.from(b.ws[key])).toEqual(Array.from(a.ws[key]));
        expect(Object.is(a.E, b.E)).toBe(true);
        takeStep(a);
        takeStep(b);
        expect(Array.from(b.w)).toEqual(Array.from(a.w));
        expect([b.pos, b.len, b.epoch, b.status]).toEqual([a.pos, a.len, a.epoch, a.status]);
      }
    });
  }

  for (const mode of ['batch', 'stochastic'] as const) {
    it(`${mode}: optimizer 'gd' is the hand loop w ← w − η·grad, bit for bit`, () => {
      const eta = 0.5;
      const r = runner('gd', mode, { eta, shuffle: false });
      const w = [...W0];
      for (let step = 0; step < 12; step++) {
        const B = mode === 'batch' ? X.map((_, mu) => mu) : [step % N];
        const grad = [0, 0, 0, 0];
        for (const mu of B) {
          const x = [1, ...X[mu]];
          let net = 0;
          for (let c = 0; c < 4; c++) net += w[c] * x[c];
          const out = 1 / (1 + Math.exp(-net));
          const dj = (Y[mu][0] - out) * (out * (1 - out));
          for (let c = 0; c < 4; c++) grad[c] -= dj * x[c];
        }
        for (let c = 0; c < 4; c++) w[c] = w[c] - eta * grad[c];
        takeStep(r);
        expect(Array.from(r.w)).toEqual(w);
      }
    });
  }
});

describe('huge gradients and diverged steps', () => {
  /** One record x, y = 0, a linear unit at w = 1: g = x², E = x²/2. */
  const huge = (x: number): Problem => problemOf([[x]], [[0]], false);

  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: g = 1e300 and g = 1e154 give no NaN; the state stays finite or the run diverges`, () => {
      for (const x of [1e150, 1e77]) {
        const r = createRunner(huge(x), [1], options({ activation: 'linear', eta: 0.1, optimizer: name }));
        for (let step = 0; step < 10; step++) {
          const before = snapshot(r.opt);
          const w = Array.from(r.w);
          const took = takeStep(r);
          expect(allFinite(r.w, r.ws.dw, r.ws.grad, r.opt.v, r.opt.s, r.opt.m, [r.E]), `x = ${x} step ${step}`).toBe(true);
          if (!took) {
            expect(r.status).toBe('diverged');
            expect(r.reason).not.toBe('');
            expect(snapshot(r.opt)).toEqual(before);
            expect(Array.from(r.w)).toEqual(w);
            break;
          }
        }
        // g = 1e300: every optimizer meets a step it cannot take, a weight past ±1e8 or g² past the largest double.
        if (x === 1e150) expect(r.status).toBe('diverged');
        // g = 1e154: g² fits, but AdaGrad's sum overflows on the second step, which is undone.
        if (x === 1e77 && name === 'adagrad') expect([r.step, r.reason]).toEqual([1, "the optimizer's sums of g² overflowed"]);
      }
    });
  }

  for (const name of OPTIMIZER_NAMES) {
    it(`${name}: a diverged step (E or weight bound) leaves w, the optimizer's state and the pending step as before`, () => {
      const reasons = new Set<string>();
      for (const mode of MODE_NAMES) {
        for (const bigEta of [1e5, 1e12]) {
          const r = createRunner(problemOf(X, X.map((row) => [row[0] - 2 * row[1]]), true), W0, options({ activation: 'linear', mode, batchSize: 3, eta: 0.01, optimizer: name }));
          expect(takeSteps(r, 5)).toBe(5);
          setRunnerEta(r, bigEta);
          const before = snapshot(r.opt);
          const w = Array.from(r.w);
          const dw = Array.from(r.ws.dw);
          expect(takeStep(r)).toBe(false);
          expect(r.status).toBe('diverged');
          reasons.add(r.reason);
          expect(snapshot(r.opt)).toEqual(before);
          expect(Array.from(r.w)).toEqual(w);
          expect(Array.from(r.ws.dw)).toEqual(dw);
          expect(Number.isFinite(r.E)).toBe(true);
        }
      }
      expect([...reasons].sort()).toEqual(['E grew past a million times its start', 'a weight would grow past ±1e8']);
    });
  }
});

describe('convergence with every optimizer', () => {
  // y = 0.5 + x₁ − 2x₂ exactly, so the minimum is E = 0 at w = (0.5, 1, −2).
  const LINEAR = problemOf(
    X.map((row) => [row[0], row[1]]),
    X.map((row) => [0.5 + row[0] - 2 * row[1]]),
    true,
  );
  for (const name of OPTIMIZER_NAMES) {
    it(`${name} (batch, η = 0.02): 'converged' exactly when every |Δw| < 1e-6 over the epoch and E stopped changing`, () => {
      const r = createRunner(LINEAR, [0, 0, 0], options({ activation: 'linear', eta: 0.02, optimizer: name }));
      for (let step = 0; step < 25_000; step++) {
        const maxDw = Math.max(...Array.from(r.ws.dw, Math.abs));
        const E = r.E;
        takeStep(r);
        // In batch mode an epoch is one step.
        expect(r.status).toBe(maxDw < 1e-6 && Math.abs(r.E - E) <= 1e-9 * Math.max(1, r.E) ? 'converged' : 'running');
      }
      if (name === 'rmsprop') {
        // RMSProp with a constant η hovers around the minimum: as g → 0 so does s, its steps stay
        // about η (PyTorch's rule does the same). It stays within a few η of the minimum.
        [0.5, 1, -2].forEach((v, q) => expect(Math.abs(r.w[q] - v)).toBeLessThan(3 * 0.02));
      } else {
        expect(r.status).toBe('converged');
        // AdaGrad's steps shrink like η/√t, so they fall under 1e-6 before w is as close as the others'.
        [0.5, 1, -2].forEach((v, q) => expect(r.w[q]).toBeCloseTo(v, name === 'adagrad' ? 3 : 6));
      }
    });
  }
});
