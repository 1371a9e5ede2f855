/**
 * Budget (DESIGN.md §4): a batch step over N records × d weights within 1.1× of
 * a hand-written Float64Array loop doing the same work in the same run.
 * N = 10,000 records × 8 weights, sigmoid, one output unit, bias off.
 * The engine does more per record than the hand loop (it also keeps y − ŷ and f′(h)
 * for the views, and checks each step for divergence); its one-unit loop makes up
 * for that by computing f and f′ inline and unrolling the column sums (workspace.ts).
 * Timings on a shared machine vary: quote the median ratio of several runs.
 */
import { bench, describe } from 'vitest';
import { createRandom, createRunner, takeStep } from '../../src/engine';
import { problemOf } from './helpers';

const N = 10_000;
const D = 8;
const ETA = 1e-4; // well under 2/λ, so neither run diverges however long tinybench runs

/** Data, engine runner and hand loop, built only where the bench runs. */
function setUp() {
  const random = createRandom(20240501);
  const rows: number[][] = [];
  const targets: number[][] = [];
  for (let mu = 0; mu < N; mu++) {
    rows.push(Array.from({ length: D }, () => 2 * random() - 1));
    targets.push([random()]);
  }
  const w0 = Array.from({ length: D }, () => random() - 0.5);

  /** The same step by hand: w ← w + Δw, then h, ŷ, δ per record, E, Σ gradient, next Δw. */
  function createHandLoop() {
    const x = Float64Array.from(rows.flat());
    const y = Float64Array.from(targets.flat());
    const w = Float64Array.from(w0);
    const h = new Float64Array(N);
    const yHat = new Float64Array(N);
    const delta = new Float64Array(N);
    const grad = new Float64Array(D);
    const dw = new Float64Array(D);
    let E = 0;
    const pass = () => {
      // Sizes are read from the data, as in any loop written for N records × d weights
      // (a literal 8 lets V8 fold the index arithmetic: about 7% faster here).
      const n = y.length;
      const d = w.length;
      grad.fill(0);
      let sum = 0;
      for (let mu = 0; mu < n; mu++) {
        const xo = mu * d;
        let net = 0;
        for (let c = 0; c < d; c++) net += w[c] * x[xo + c];
        const out = 1 / (1 + Math.exp(-net));
        const e = y[mu] - out;
        const dj = e * out * (1 - out);
        h[mu] = net;
        yHat[mu] = out;
        delta[mu] = dj;
        sum += e * e;
        for (let c = 0; c < d; c++) grad[c] -= dj * x[xo + c];
      }
      for (let c = 0; c < d; c++) dw[c] = -ETA * grad[c];
      E = 0.5 * sum;
    };
    pass();
    return {
      w,
      get E() {
        return E;
      },
      step() {
        for (let c = 0; c < w.length; c++) w[c] += dw[c];
        pass();
      },
    };
  }

  const runner = createRunner(
    problemOf(rows, targets, false),
    w0,
    { activation: 'sigmoid', loss: 'sse', mode: 'batch', batchSize: 1, eta: ETA, shuffle: false, seed: 1 },
  );
  const hand = createHandLoop();

  // Both must do the same arithmetic: check a few steps agree before timing anything.
  for (let s = 0; s < 3; s++) {
    takeStep(runner);
    hand.step();
  }
  for (let c = 0; c < D; c++) {
    if (Math.abs(runner.w[c] - hand.w[c]) > 1e-12 * (1 + Math.abs(hand.w[c]))) {
      throw new Error(`hand loop and engine disagree at w[${c}]: ${hand.w[c]} vs ${runner.w[c]}`);
    }
  }
  if (Math.abs(runner.E - hand.E) > 1e-9 * hand.E) throw new Error(`E differs: ${hand.E} vs ${runner.E}`);
  return { runner, hand };
}

// vite.config.ts's bench include is shared by both projects; time it once, in Node
// (the engine is DOM-free), not also concurrently under jsdom on the same cores.
const IN_NODE = typeof window === 'undefined';

describe.skipIf(!IN_NODE)(`batch step, N = ${N} records × ${D} weights, sigmoid`, () => {
  if (!IN_NODE) return;
  const { runner, hand } = setUp();
  bench('hand-written Float64Array loop', () => {
    hand.step();
  });
  bench('engine takeStep', () => {
    if (!takeStep(runner)) throw new Error(`run stopped: ${runner.reason}`);
  });
});
