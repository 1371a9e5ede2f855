/**
 * Descent runs: what each mode's step applies, which records it uses, the order
 * of records, and the status (converged / diverged). Expected values are
 * computed here from the seed's formulas, record by record.
 */
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_NAMES,
  ACTIVATIONS,
  createRandom,
  createRunner,
  createWorkspace,
  forwardPass,
  setRunnerEta,
  takeStep,
  takeSteps,
  type Runner,
} from '../../src/engine';
import { expectRel, oneHot, options, problemOf, randomRows } from './helpers';

const sigma = (h: number): number => 1 / (1 + Math.exp(-h));

/** Indices of w that the next step changes (exactly: w + 0 leaves a weight bit-identical). */
function changedBy(r: Runner): number[] {
  const before = Array.from(r.w);
  takeStep(r);
  return before.flatMap((v, q) => (r.w[q] !== v ? [q] : []));
}

describe('takeStep(batch)', () => {
  it('takeStep(batch) sums Δw = η δ^μ x^μ over records (sigmoid, bias on, k=2)', () => {
    const random = createRandom(11);
    const N = 5;
    const X = randomRows(random, N, 3, -2, 2);
    const Y = randomRows(random, N, 2, 0, 1);
    const d = 4;
    const eta = 0.7;
    const r = createRunner(problemOf(X, Y, true), randomRows(random, 2, d, -1, 1).flat(), options({ eta }));
    for (let step = 0; step < 3; step++) {
      const w = Array.from(r.w);
      const expected = [...w];
      for (let mu = 0; mu < N; mu++) {
        const x = [1, ...X[mu]];
        for (let j = 0; j < 2; j++) {
          const h = x.reduce((s, xi, c) => s + w[j * d + c] * xi, 0);
          const delta = (Y[mu][j] - sigma(h)) * sigma(h) * (1 - sigma(h));
          for (let c = 0; c < d; c++) expected[j * d + c] += eta * delta * x[c];
        }
      }
      expect(takeStep(r)).toBe(true);
      expected.forEach((v, q) => expectRel(r.w[q], v, 1e-13, 1e-15, `step ${step + 1} w[${q}]`));
    }
    expect(r.step).toBe(3);
    expect(r.epoch).toBe(3);
  });

  it('createRunner(mse) has E and grad of SSE divided by N', () => {
    const random = createRandom(5);
    const X = randomRows(random, 7, 2, -1, 1);
    const Y = randomRows(random, 7, 1, 0, 1);
    const problem = problemOf(X, Y, true);
    const w0 = [0.2, -0.4, 0.9];
    const sse = createRunner(problem, w0, options({ loss: 'sse' }));
    const mse = createRunner(problem, w0, options({ loss: 'mse' }));
    expectRel(mse.E, sse.E / 7, 1e-14);
    for (let q = 0; q < 3; q++) {
      expectRel(mse.ws.grad[q], sse.ws.grad[q] / 7, 1e-14, 1e-17);
      expectRel(mse.ws.dw[q], sse.ws.dw[q] / 7, 1e-14, 1e-17);
    }
  });
});

describe('takeStep(stochastic)', () => {
  // Linear unit, one-hot inputs: record μ's step changes only w_μ, by η (y^μ − w_μ).
  const N = 4;
  const Y = [[1], [2], [3], [4]];

  it('takeStep(stochastic, shuffle off) uses records 1…N in order, one a step', () => {
    const eta = 0.5;
    const r = createRunner(problemOf(oneHot(N), Y, false), [0, 0, 0, 0], options({ activation: 'linear', mode: 'stochastic', eta }));
    for (let step = 0; step < 3 * N; step++) {
      const mu = step % N;
      const old = r.w[mu];
      expect(changedBy(r)).toEqual([mu]);
      expectRel(r.w[mu], old + eta * (Y[mu][0] - old), 1e-15);
      expect(r.epoch).toBe(Math.floor((step + 1) / N));
    }
  });

  it('takeStep(stochastic, shuffle on) visits every record exactly once per epoch', () => {
    const M = 7;
    const r = createRunner(problemOf(oneHot(M), oneHot(M).map((_, mu) => [mu + 1]), false), new Array(M).fill(0), options({ activation: 'linear', mode: 'stochastic', eta: 0.3, shuffle: true, seed: 42 }));
    const epochs: number[][] = [];
    for (let e = 0; e < 10; e++) {
      const seen: number[] = [];
      for (let s = 0; s < M; s++) {
        const changed = changedBy(r);
        expect(changed).toHaveLength(1);
        seen.push(changed[0]);
      }
      expect([...seen].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6]);
      epochs.push(seen);
    }
    // It really shuffles, and afresh each epoch.
    const natural = [0, 1, 2, 3, 4, 5, 6].join();
    expect(epochs.some((order) => order.join() !== natural)).toBe(true);
    expect(new Set(epochs.map((order) => order.join())).size).toBeGreaterThan(1);
  });

  it('takeStep(stochastic, shuffle on) is reproducible from the seed; another seed gives another trajectory', () => {
    const random = createRandom(77);
    const problem = problemOf(randomRows(random, 6, 3, -2, 2), randomRows(random, 6, 1, 0, 1), true);
    const w0 = [0.1, -0.2, 0.3, -0.4];
    const make = (seed: number) => createRunner(problem, w0, options({ mode: 'stochastic', shuffle: true, seed }));
    const a = make(7);
    const b = make(7);
    const c = make(8);
    let differs = false;
    for (let step = 0; step < 2000; step++) {
      takeStep(a);
      takeStep(b);
      takeStep(c);
      expect(Array.from(b.w)).toEqual(Array.from(a.w));
      if (a.w.some((v, q) => Math.abs(v - c.w[q]) > 1e-12)) differs = true;
    }
    expect(a.step).toBe(2000);
    expect(differs).toBe(true);
  });
});

describe('takeStep(minibatch)', () => {
  it('takeStep(minibatch, N=5, b=2) uses batches of 2, 2, 1 records in order', () => {
    const r = createRunner(problemOf(oneHot(5), [[1], [2], [3], [4], [5]], false), [0, 0, 0, 0, 0], options({ activation: 'linear', mode: 'minibatch', batchSize: 2, eta: 0.4 }));
    const batches: number[][] = [];
    const lens: number[] = [];
    for (let s = 0; s < 6; s++) {
      lens.push(r.len);
      batches.push(changedBy(r));
    }
    expect(lens).toEqual([2, 2, 1, 2, 2, 1]);
    expect(batches).toEqual([[0, 1], [2, 3], [4], [0, 1], [2, 3], [4]]);
    expect(r.epoch).toBe(2);
  });

  it('takeStep(minibatch, mse) divides by the records in the batch; sse does not', () => {
    const eta = 0.4;
    const Y = [[1], [2], [3], [4], [5]];
    const expectSteps = (loss: 'sse' | 'mse') => {
      const r = createRunner(problemOf(oneHot(5), Y, false), [0, 0, 0, 0, 0], options({ activation: 'linear', loss, mode: 'minibatch', batchSize: 2, eta }));
      const w = [0, 0, 0, 0, 0];
      for (const batch of [[0, 1], [2, 3], [4], [0, 1]]) {
        const scale = loss === 'mse' ? 1 / batch.length : 1;
        for (const mu of batch) w[mu] += eta * scale * (Y[mu][0] - w[mu]);
        takeStep(r);
        w.forEach((v, q) => expectRel(r.w[q], v, 1e-15, 0, `${loss} w[${q}]`));
      }
    };
    expectSteps('sse');
    expectSteps('mse');
  });
});

describe('status on the linear 1-D bowl E(w) = ½ Σ (y − w x)²', () => {
  const X = [[1], [2], [3]];
  const Y = [[2], [3.9], [6.3]];
  const problem = problemOf(X, Y, false);
  const sxx = 1 + 4 + 9; // λ = Σ x², so the largest stable η is 2/14
  const wStar = (1 * 2 + 2 * 3.9 + 3 * 6.3) / sxx;
  const eMin = 0.5 * X.reduce((s, [x], mu) => s + (Y[mu][0] - wStar * x) ** 2, 0);

  it('takeSteps(r, …) with η < 2/λ converges to w = Σxy/Σx² and the minimum E', () => {
    const r = createRunner(problem, [0], options({ activation: 'linear', eta: 1 / sxx }));
    const r2 = createRunner(problem, [-3], options({ activation: 'linear', eta: 0.12 }));
    for (const run of [r, r2]) {
      for (let s = 0; s < 10_000 && run.status !== 'converged'; s++) takeStep(run);
      expect(run.status).toBe('converged');
      expectRel(run.w[0], wStar, 1e-6);
      expectRel(run.E, eMin, 1e-9, 1e-12);
    }
  });

  it('takeSteps(r, …) with η > 2/λ marks the run diverged, keeps it finite, and stops', () => {
    const r = createRunner(problem, [0.5], options({ activation: 'linear', eta: 2.2 / sxx }));
    const taken = takeSteps(r, 10_000);
    expect(taken).toBeLessThan(10_000);
    expect(r.status).toBe('diverged');
    expect(r.reason).not.toBe('');
    expect(Number.isFinite(r.w[0])).toBe(true);
    expect(Number.isFinite(r.E)).toBe(true);
    // The state is the last good point: E is still E(w) there.
    expectRel(r.E, 0.5 * X.reduce((s, [x], mu) => s + (Y[mu][0] - r.w[0] * x) ** 2, 0), 1e-12);
    const w = r.w[0];
    expect(takeStep(r)).toBe(false);
    expect(takeSteps(r, 5)).toBe(0);
    expect(r.w[0]).toBe(w);
    expect(r.step).toBe(taken);
  });

  it('takeStep(r) whose E overflows to ∞ marks the run diverged and undoes the step', () => {
    // x = 1e150: one step to w = 1e5 (within the weight bound) makes (y − w x)² = ∞.
    const r = createRunner(problemOf([[1e150]], [[1]], false), [0], options({ activation: 'linear', eta: 1e-145 }));
    expect(r.status).toBe('running');
    expectRel(r.ws.dw[0], 1e5, 1e-12);
    expect(takeStep(r)).toBe(false);
    expect(r.status).toBe('diverged');
    expect(r.reason).toMatch(/E/);
    expect(r.w[0]).toBe(0);
    expect(r.E).toBe(0.5);
    expect(r.step).toBe(0);
    expect(Array.from(r.ws.dw).every(Number.isFinite)).toBe(true);
  });

  it('takeStep(r) with a huge η marks the run diverged, with w and E finite', () => {
    const r = createRunner(problem, [0.5], options({ activation: 'linear', eta: 1e300 }));
    expect(takeStep(r)).toBe(false);
    expect(r.status).toBe('diverged');
    expect(r.reason).not.toBe('');
    expect(r.w[0]).toBe(0.5);
    expect(Number.isFinite(r.E)).toBe(true);
  });
});

describe('setRunnerEta', () => {
  it('setRunnerEta(r, η) rescales the pending Δw and the next step uses it', () => {
    const random = createRandom(3);
    const problem = problemOf(randomRows(random, 4, 2, -1, 1), randomRows(random, 4, 1, 0, 1), true);
    const r = createRunner(problem, [0.3, -0.6, 0.2], options({ eta: 0.5 }));
    const grad = Array.from(r.ws.grad);
    const dw = Array.from(r.ws.dw);
    setRunnerEta(r, 2);
    expect(r.opts.eta).toBe(2);
    expect(Array.from(r.ws.grad)).toEqual(grad);
    dw.forEach((v, q) => expectRel(r.ws.dw[q], v * 4, 1e-14, 1e-17));
    const w = Array.from(r.w);
    takeStep(r);
    w.forEach((v, q) => expectRel(r.w[q], v - 2 * grad[q], 1e-14, 1e-16));
    // The step after that is computed with the new η as well.
    Array.from(r.ws.grad).forEach((g, q) => expectRel(r.ws.dw[q], -2 * g, 1e-15, 1e-17));
  });
});

describe('takeSteps over a long run', () => {
  it('takeSteps(r, 100000) keeps every buffer (same typed arrays, same lengths)', () => {
    const random = createRandom(9);
    const problem = problemOf(randomRows(random, 6, 2, -1, 1), randomRows(random, 6, 2, 0, 1), true);
    const r = createRunner(problem, randomRows(random, 2, 3, -1, 1).flat(), options({ mode: 'minibatch', batchSize: 4, shuffle: true, eta: 0.3 }));
    const ws = r.ws;
    const buffers = [r.w, r.prevW, r.order, ws.h, ws.yHat, ws.err, ws.fp, ws.delta, ws.grad, ws.dw];
    const lengths = buffers.map((b) => b.length);
    expect(takeSteps(r, 100_000)).toBe(100_000);
    expect(r.ws).toBe(ws);
    const after = [r.w, r.prevW, r.order, ws.h, ws.yHat, ws.err, ws.fp, ws.delta, ws.grad, ws.dw];
    after.forEach((b, i) => {
      expect(b).toBe(buffers[i]);
      expect(b.length).toBe(lengths[i]);
    });
    expect(Array.from(r.w).every(Number.isFinite)).toBe(true);
  });
});

describe('forwardPass with one output unit', () => {
  // One unit and a built-in activation take a loop with f and f′ written out and the column
  // sums unrolled; a copy of the activation object is not recognised and takes the generic
  // loop through act.f / act.fPrime. Both must fill every buffer with the same bits.
  it.each(ACTIVATION_NAMES)('forwardPass(%s, k=1) is bit-identical to the generic loop, for d = 1…9, with and without the batch gradient', (name) => {
    const random = createRandom(97);
    for (let n = 1; n <= 8; n++) {
      for (const bias of [false, true]) {
        const X = randomRows(random, 23, n, -3, 3);
        X.push(Array.from({ length: n }, () => 0)); // h = 0 without bias: ReLU's kink
        const Y = randomRows(random, X.length, 1, -0.5, 1.5);
        const problem = problemOf(X, Y, bias);
        const w = Float64Array.from(randomRows(random, 1, problem.d, -2, 2)[0]);
        for (const batch of [false, true]) {
          for (const loss of ['sse', 'mse'] as const) {
            const fast = createWorkspace(problem);
            const generic = createWorkspace(problem);
            const eFast = forwardPass(fast, w, ACTIVATIONS[name], loss, 0.3, batch);
            const eGeneric = forwardPass(generic, w, { ...ACTIVATIONS[name] }, loss, 0.3, batch);
            const where = `n=${n} bias=${bias} batch=${batch} ${loss}`;
            expect(eFast, where).toBe(eGeneric);
            for (const key of ['h', 'yHat', 'err', 'fp', 'delta', 'grad', 'dw'] as const) {
              expect(Array.from(fast[key]), `${key} ${where}`).toEqual(Array.from(generic[key]));
            }
          }
        }
      }
    }
  });
});
