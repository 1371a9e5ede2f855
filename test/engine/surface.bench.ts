/**
 * Budgets (DESIGN.md §4):
 * 1. A G×G surface over N records within 1.25× of a hand-written Float64Array loop
 *    doing the same work in the same run: G = 201, N = 1,000, sigmoid, one output
 *    unit, 3 inputs, axes w₁ and w₂ (i = 0, j = 1).
 * 2. A linear unit costs O(G²) whatever N: N = 100 and N = 100,000 within 2× of each other.
 *    This times the steady state: each problem's moments (problemMoments, O(N·d²) once
 *    per problem) are cached by a call before timing, as they are after the app's first
 *    surface of a problem; the timed calls must not read the records (checked below).
 * 3. The curve view's line (errorAlongWeight, 241 points): a linear unit O(G) whatever N,
 *    N = 100 and N = 10,000 within 2× of each other (moments cached, no record passes); a
 *    sigmoid unit within 1.25× of a hand-written loop over the same records.
 */
import { bench, describe } from 'vitest';
import {
  ACTIVATION_NAMES,
  ACTIVATIONS,
  computeSurface,
  createRandom,
  createSurfaceScratch,
  errorAlongWeight,
  surfaceCounts,
  type Problem,
  type SurfaceSpec,
} from '../../src/engine';
import { problemOf, randomRows } from './helpers';

const G = 201;
const N = 1_000;
const INPUTS = 3;

function randomProblem(seed: number, records: number): { problem: Problem; w: number[] } {
  const random = createRandom(seed);
  const x = randomRows(random, records, INPUTS, -1, 1);
  const y = randomRows(random, records, 1, 0, 1);
  const w = randomRows(random, 1, INPUTS, -0.5, 0.5)[0];
  return { problem: problemOf(x, y, false), w };
}

/** The same surface by hand: base = h without w₁, w₂; then every node, every record, σ inlined. */
function createHandLoop(problem: Problem, w: number[], x0: number, x1: number, y0: number, y1: number) {
  const n = problem.N;
  const d = problem.d;
  const xs = problem.xb;
  const ys = problem.y;
  const base = new Float64Array(n);
  const xi = new Float64Array(n);
  const xj = new Float64Array(n);
  const out = new Float64Array(G * G);
  return () => {
    for (let mu = 0; mu < n; mu++) {
      let h = 0;
      for (let c = 2; c < d; c++) h += w[c] * xs[mu * d + c];
      base[mu] = h;
      xi[mu] = xs[mu * d];
      xj[mu] = xs[mu * d + 1];
    }
    const dx = (x1 - x0) / (G - 1);
    const dy = (y1 - y0) / (G - 1);
    for (let r = 0; r < G; r++) {
      const b = y0 + r * dy;
      for (let c = 0; c < G; c++) {
        const a = x0 + c * dx;
        let sum = 0;
        for (let mu = 0; mu < n; mu++) {
          const h = base[mu] + a * xi[mu] + b * xj[mu];
          const e = ys[mu] - 1 / (1 + Math.exp(-h));
          sum += e * e;
        }
        out[r * G + c] = 0.5 * sum;
      }
    }
    return out;
  };
}

// vite.config.ts's bench include is shared by both projects; time it once, in Node.
const IN_NODE = typeof window === 'undefined';

describe.skipIf(!IN_NODE)(`surface G = ${G}, N = ${N}, sigmoid, one unit, ${INPUTS} inputs`, () => {
  if (!IN_NODE) return;
  const { problem, w } = randomProblem(20240601, N);
  const spec: SurfaceSpec = { problem, w, i: 0, j: 1, activation: 'sigmoid', loss: 'sse', x0: -4, x1: 3, y0: -2.5, y1: 5, G };
  const out = new Float64Array(G * G);
  const scratch = createSurfaceScratch(N, G);
  const hand = createHandLoop(problem, w, spec.x0, spec.x1, spec.y0, spec.y1);

  // Both must do the same arithmetic: compare every node before timing anything.
  const want = hand();
  const got = computeSurface(spec, out, scratch);
  for (let o = 0; o < G * G; o++) {
    if (!(Math.abs(got[o] - want[o]) <= 1e-12 * want[o])) throw new Error(`node ${o}: hand ${want[o]}, engine ${got[o]}`);
  }
  // The app switches activations; run each once so the engine's call of f is as
  // polymorphic here as it is there, not specialised to sigmoid alone.
  const small = randomProblem(7, 20).problem;
  for (const activation of ACTIVATION_NAMES) {
    computeSurface({ ...spec, problem: small, activation, G: 9 });
  }

  bench('hand-written Float64Array loop', () => {
    hand();
  });
  bench('engine computeSurface', () => {
    computeSurface(spec, out, scratch);
  });
});

describe.skipIf(!IN_NODE)(`surface G = ${G}, linear unit: N = 100 vs N = 100,000`, () => {
  if (!IN_NODE) return;
  const make = (records: number) => {
    const { problem, w } = randomProblem(records, records);
    const spec: SurfaceSpec = { problem, w, i: 0, j: 1, activation: 'linear', loss: 'sse', x0: -4, x1: 3, y0: -2.5, y1: 5, G };
    const out = new Float64Array(G * G);
    const scratch = createSurfaceScratch(records, G);
    computeSurface(spec, out, scratch); // warm: computes and caches the problem's moments
    return () => computeSurface(spec, out, scratch);
  };
  const few = make(100);
  const many = make(100_000);
  // Steady state means no pass over the records: neither the moments again nor a fallback to summing them.
  const before = surfaceCounts();
  few();
  many();
  const after = surfaceCounts();
  if (after.momentsComputed !== before.momentsComputed || after.recordPasses !== before.recordPasses) {
    throw new Error(`linear surfaces read the records after warming: ${JSON.stringify({ before, after })}`);
  }
  bench('linear, N = 100', () => {
    few();
  });
  bench('linear, N = 100,000', () => {
    many();
  });
});

const CURVE_POINTS = 241;

describe.skipIf(!IN_NODE)(`errorAlongWeight, ${CURVE_POINTS} points, linear unit: N = 100 vs N = 10,000`, () => {
  if (!IN_NODE) return;
  const values = Float64Array.from({ length: CURVE_POINTS }, (_, g) => -3 + (6 * g) / (CURVE_POINTS - 1));
  const make = (records: number) => {
    const { problem, w } = randomProblem(records + 1, records);
    const out = new Float64Array(CURVE_POINTS);
    const scratch = new Float64Array(records);
    const run = () => errorAlongWeight(problem, w, 1, ACTIVATIONS.linear, 'mse', values, out, scratch);
    run(); // warm: the problem's moments and the buffers keyed by scratch
    return run;
  };
  const few = make(100);
  const many = make(10_000);
  const before = surfaceCounts();
  few();
  many();
  const after = surfaceCounts();
  if (after.momentsComputed !== before.momentsComputed || after.recordPasses !== before.recordPasses) {
    throw new Error(`linear lines read the records after warming: ${JSON.stringify({ before, after })}`);
  }
  bench('line linear, N = 100', () => {
    few();
  });
  bench('line linear, N = 10,000', () => {
    many();
  });
});

describe.skipIf(!IN_NODE)(`errorAlongWeight, ${CURVE_POINTS} points, sigmoid, N = 10,000: engine vs hand loop`, () => {
  if (!IN_NODE) return;
  const records = 10_000;
  const { problem, w } = randomProblem(77, records);
  const values = Float64Array.from({ length: CURVE_POINTS }, (_, g) => -3 + (6 * g) / (CURVE_POINTS - 1));
  const out = new Float64Array(CURVE_POINTS);
  const scratch = new Float64Array(records);
  const { d, xb, y } = problem;
  const base = new Float64Array(records);
  const xi = new Float64Array(records);
  const hand = new Float64Array(CURVE_POINTS);
  /** The same line by hand: h without w₁ once, then every value, every record, σ inlined (one unit, k = 1). */
  const handLoop = () => {
    for (let mu = 0; mu < records; mu++) {
      let h = 0;
      for (let c = 0; c < d; c++) if (c !== 1) h += w[c] * xb[mu * d + c];
      base[mu] = h;
      xi[mu] = xb[mu * d + 1];
    }
    for (let g = 0; g < CURVE_POINTS; g++) {
      const v = values[g];
      let sum = 0;
      for (let mu = 0; mu < records; mu++) {
        const e = y[mu] - 1 / (1 + Math.exp(-(base[mu] + v * xi[mu])));
        sum += e * e;
      }
      hand[g] = 0.5 * sum;
    }
  };
  const engine = () => errorAlongWeight(problem, w, 1, ACTIVATIONS.sigmoid, 'sse', values, out, scratch);
  handLoop();
  engine();
  for (let g = 0; g < CURVE_POINTS; g++) {
    if (!(Math.abs(out[g] - hand[g]) <= 1e-12 * hand[g])) throw new Error(`value ${g}: hand ${hand[g]}, engine ${out[g]}`);
  }
  bench('line sigmoid, hand-written loop', handLoop);
  bench('line sigmoid, engine errorAlongWeight', engine);
});
