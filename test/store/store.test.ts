/**
 * The app store: what its actions do to the run, checked against numbers
 * computed here by hand from the seed's formulas (never against values the app
 * printed once). Every test makes its own store.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, PRESETS, type AppStore, type RunSnapshot } from '../../src/store';

/** The bowl preset, written out again here so the test does not read it from the app. */
const BOWL_X = [0.5, 1, 1.5, 2];
const BOWL_Y = [1.1, 1.9, 3.2, 3.9];
const BOWL_W0 = -1;
const BOWL_ETA = 0.1;

const sigma = (h: number): number => 1 / (1 + Math.exp(-h));
const linear = (h: number): number => h;

/** Δw = η Σ_μ (y^μ − f(w x^μ)) f′(w x^μ) x^μ for one weight, batch mode. */
function bowlDw(w: number, eta: number, f: (h: number) => number = linear, fPrime: (h: number) => number = () => 1): number {
  let sum = 0;
  for (let mu = 0; mu < BOWL_X.length; mu++) {
    const h = w * BOWL_X[mu];
    sum += (BOWL_Y[mu] - f(h)) * fPrime(h) * BOWL_X[mu];
  }
  return eta * sum;
}

/** E = ½ Σ_μ (y^μ − f(w x^μ))². */
function bowlE(w: number, f: (h: number) => number = linear): number {
  let sum = 0;
  for (let mu = 0; mu < BOWL_X.length; mu++) sum += (BOWL_Y[mu] - f(w * BOWL_X[mu])) ** 2;
  return 0.5 * sum;
}

/** Every number anywhere inside `value` (arrays and plain objects walked). */
function numbersIn(value: unknown, path = 'snapshot', out: { path: string; v: number }[] = []): { path: string; v: number }[] {
  if (typeof value === 'number') out.push({ path, v: value });
  else if (Array.isArray(value)) value.forEach((v, q) => numbersIn(v, `${path}[${q}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

function lastNotice(store: AppStore) {
  const { notices } = store.getState();
  return notices[notices.length - 1];
}

describe('createAppStore', () => {
  it('createAppStore() opens the bowl preset at step 0 with E and Δw as computed by hand', () => {
    const store = createAppStore();
    const s = store.getState();
    expect(s.presetId).toBe('bowl');
    expect(s.activation).toBe('linear');
    expect(s.loss).toBe('sse');
    expect(s.mode).toBe('batch');
    expect(s.eta).toBe(BOWL_ETA);
    expect(s.playing).toBe(false);
    expect(s.problem.N).toBe(4);
    expect(s.problem.n).toBe(1);
    expect(s.problem.k).toBe(1);
    expect(s.problem.bias).toBe(false);
    expect(Array.from(s.problem.x)).toEqual(BOWL_X);
    expect(Array.from(s.problem.y)).toEqual(BOWL_Y);
    expect(s.w0).toEqual([BOWL_W0]);
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.status).toBe('running');
    expect(s.snapshot.w).toEqual([BOWL_W0]);
    // ½ (1.6² + 2.9² + 4.7² + 5.9²) = ½ · 67.87
    expect(s.snapshot.E).toBeCloseTo(33.935, 12);
    // 0.1 · (1.6·0.5 + 2.9·1 + 4.7·1.5 + 5.9·2) = 0.1 · 22.55
    expect(s.snapshot.dw[0]).toBeCloseTo(2.255, 12);
    expect(s.snapshot.grad[0]).toBeCloseTo(-22.55, 12);
  });

  it('createAppStore(id) opens the named preset', () => {
    const store = createAppStore('two-outputs');
    expect(store.getState().presetId).toBe('two-outputs');
    expect(store.getState().problem.k).toBe(2);
  });
});

describe('step', () => {
  it('step(1) advances snapshot.step and moves w by the hand-computed Δw = η Σ (y − w x) x', () => {
    const store = createAppStore();
    expect(store.getState().step(1)).toBe(1);
    const snap = store.getState().snapshot;
    expect(snap.step).toBe(1);
    expect(snap.w[0]).toBeCloseTo(BOWL_W0 + 2.255, 12);
    expect(snap.E).toBeCloseTo(bowlE(1.255), 12);
    expect(snap.dw[0]).toBeCloseTo(bowlDw(1.255, BOWL_ETA), 12);
  });

  it('step(n) takes n steps, each w ← w + η Σ (y − w x) x', () => {
    const store = createAppStore();
    let w = BOWL_W0;
    for (let t = 0; t < 7; t++) w += bowlDw(w, BOWL_ETA);
    expect(store.getState().step(7)).toBe(7);
    const snap = store.getState().snapshot;
    expect(snap.step).toBe(7);
    expect(snap.w[0]).toBeCloseTo(w, 12);
    expect(snap.E).toBeCloseTo(bowlE(w), 12);
    expect(snap.dw[0]).toBeCloseTo(bowlDw(w, BOWL_ETA), 12);
    expect(snap.grad[0]).toBeCloseTo(-bowlDw(w, BOWL_ETA) / BOWL_ETA, 12);
  });

  it('step() without an argument takes one step', () => {
    const store = createAppStore();
    expect(store.getState().step()).toBe(1);
    expect(store.getState().snapshot.step).toBe(1);
  });

  it('step(n) records one history point per step', () => {
    const store = createAppStore();
    store.getState().step(3);
    const h = store.getState().history;
    expect(h.count).toBe(4); // step 0 and steps 1…3
    expect(Array.from(h.steps.subarray(0, 4))).toEqual([0, 1, 2, 3]);
    expect(h.w[0]).toBe(BOWL_W0);
    expect(h.w[3]).toBeCloseTo(store.getState().snapshot.w[0], 14);
  });

  it('step(100000) on the bowl stops at convergence at w* = Σ x y / Σ x², and the history stays bounded over 100,000 more', () => {
    const store = createAppStore();
    // A run of many steps stops where it converges …
    const first = store.getState().step(100_000);
    expect(first).toBeLessThan(1000);
    expect(store.getState().snapshot.status).toBe('converged');
    expect(store.getState().snapshot.step).toBe(first);
    // … and steps asked for after that are all taken.
    const taken = store.getState().step(100_000);
    const s = store.getState();
    expect(taken).toBe(100_000);
    expect(s.snapshot.step).toBe(first + 100_000);
    expect(s.history.count).toBeGreaterThan(0);
    expect(s.history.count).toBeLessThanOrEqual(s.history.capacity);
    expect(s.history.capacity).toBeLessThan(100_000);
    expect(s.history.stride).toBeGreaterThan(1);
    expect(s.history.recentCount).toBeLessThanOrEqual(s.history.recentCapacity);
    // w* = (0.55 + 1.9 + 4.8 + 7.8) / (0.25 + 1 + 2.25 + 4) = 15.05 / 7.5
    expect(s.snapshot.w[0]).toBeCloseTo(15.05 / 7.5, 10);
    expect(s.snapshot.status).toBe('converged');
  });
});

describe('reset', () => {
  it('reset returns to w0 and step 0 with the starting E', () => {
    const store = createAppStore();
    store.getState().step(5);
    expect(store.getState().snapshot.w[0]).not.toBe(BOWL_W0);
    store.getState().play();
    store.getState().reset();
    const s = store.getState();
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([BOWL_W0]);
    expect(s.snapshot.E).toBeCloseTo(33.935, 12);
    expect(s.snapshot.dw[0]).toBeCloseTo(2.255, 12);
    expect(s.playing).toBe(false);
    expect(s.history.count).toBe(1);
  });
});

describe('setEta', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['−Infinity', Number.NEGATIVE_INFINITY],
    ['0', 0],
    ['−1', -1],
    ['below the minimum (1e-5)', 1e-5],
    ['above the maximum (101)', 101],
  ])('setEta(%s) is refused with a notice and keeps η and the pending Δw', (_name, bad) => {
    const store = createAppStore();
    const before = store.getState().notices.length;
    expect(store.getState().setEta(bad)).toBe(false);
    const s = store.getState();
    expect(s.eta).toBe(BOWL_ETA);
    expect(s.snapshot.dw[0]).toBeCloseTo(2.255, 12);
    expect(s.runner.opts.eta).toBe(BOWL_ETA);
    expect(s.notices.length).toBe(before + 1);
    expect(lastNotice(store).text).toMatch(/η/);
  });

  it('setEta rescales the pending Δw of a running run without restarting it', () => {
    const store = createAppStore();
    store.getState().step(2);
    const w = store.getState().snapshot.w[0];
    expect(store.getState().setEta(0.05)).toBe(true);
    const s = store.getState();
    expect(s.eta).toBe(0.05);
    expect(s.snapshot.step).toBe(2);
    expect(s.snapshot.w[0]).toBe(w);
    expect(s.snapshot.dw[0]).toBeCloseTo(bowlDw(w, 0.05), 12);
    expect(s.snapshot.dw[0]).toBeCloseTo(-0.05 * s.snapshot.grad[0], 14);
    // and the next step uses the new η
    s.step(1);
    expect(store.getState().snapshot.w[0]).toBeCloseTo(w + bowlDw(w, 0.05), 12);
  });

  it('setEta at the limits 1e-4 and 100 is accepted', () => {
    const store = createAppStore();
    expect(store.getState().setEta(1e-4)).toBe(true);
    expect(store.getState().eta).toBe(1e-4);
    expect(store.getState().setEta(100)).toBe(true);
    expect(store.getState().eta).toBe(100);
  });

  it('setEta after divergence starts a new attempt from the starting weights, not playing', () => {
    const store = createAppStore();
    store.getState().setEta(0.5);
    store.getState().step(1000);
    expect(store.getState().snapshot.status).toBe('diverged');
    expect(store.getState().snapshot.w[0]).not.toBe(BOWL_W0);
    expect(store.getState().setEta(0.1)).toBe(true);
    const s = store.getState();
    expect(s.eta).toBe(0.1);
    expect(s.playing).toBe(false);
    expect(s.snapshot.status).toBe('running');
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([BOWL_W0]);
    expect(s.snapshot.dw[0]).toBeCloseTo(bowlDw(BOWL_W0, 0.1), 12);
    expect(s.step(1)).toBe(1);
  });
});

describe('setWeight', () => {
  it('setWeight starts a new run from the weight at step 0', () => {
    const store = createAppStore();
    store.getState().step(3);
    expect(store.getState().setWeight(0, 1.5)).toBe(true);
    const s = store.getState();
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([1.5]);
    expect(s.w0).toEqual([1.5]);
    expect(s.snapshot.E).toBeCloseTo(bowlE(1.5), 12);
    expect(s.snapshot.dw[0]).toBeCloseTo(bowlDw(1.5, BOWL_ETA), 12);
    expect(s.history.count).toBe(1);
    // Reset now returns to the weight that was set.
    s.step(2);
    store.getState().reset();
    expect(store.getState().snapshot.w).toEqual([1.5]);
  });

  it('setWeight refuses a non-finite value with a notice and an out-of-range index silently', () => {
    const store = createAppStore();
    store.getState().step(1);
    const w = store.getState().snapshot.w[0];
    const before = store.getState().notices.length;
    expect(store.getState().setWeight(0, Number.NaN)).toBe(false);
    expect(store.getState().notices.length).toBe(before + 1);
    expect(store.getState().setWeight(1, 3)).toBe(false);
    expect(store.getState().setWeight(-1, 3)).toBe(false);
    expect(store.getState().snapshot.w[0]).toBe(w);
    expect(store.getState().snapshot.step).toBe(1);
  });

  it('setWeights refuses a vector of the wrong length', () => {
    const store = createAppStore();
    expect(store.getState().setWeights([1, 2])).toBe(false);
    expect(store.getState().snapshot.w).toEqual([BOWL_W0]);
  });
});

describe('setActivation', () => {
  it('setActivation(sigmoid) keeps the weights, restarts the count and changes E to ½ Σ (y − σ(w x))²', () => {
    const store = createAppStore();
    store.getState().step(2);
    const w = store.getState().snapshot.w[0];
    const Elinear = store.getState().snapshot.E;
    store.getState().setActivation('sigmoid');
    const s = store.getState();
    expect(s.activation).toBe('sigmoid');
    expect(s.snapshot.w).toEqual([w]);
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.E).toBeCloseTo(bowlE(w, sigma), 12);
    expect(s.snapshot.E).not.toBeCloseTo(Elinear, 3);
    const sigmaPrime = (h: number) => sigma(h) * (1 - sigma(h));
    expect(s.snapshot.dw[0]).toBeCloseTo(bowlDw(w, BOWL_ETA, sigma, sigmaPrime), 12);
  });
});

describe('loadPreset', () => {
  const F: Record<string, (h: number) => number> = { linear, sigmoid: sigma, tanh: Math.tanh };

  it.each(PRESETS.map((p) => [p.id]))('loadPreset(%s) gives a finite E equal to the hand value and weights of the right length', (id) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    // Start from a different preset so that the load has something to replace.
    const store = createAppStore(id === 'bowl' ? 'two-outputs' : 'bowl');
    store.getState().step(2);
    expect(store.getState().loadPreset(id)).toBe(true);
    const s = store.getState();
    const n = preset.x[0].length;
    const k = preset.y[0].length;
    const d = n + (preset.bias ? 1 : 0);
    expect(s.presetId).toBe(id);
    expect(s.activation).toBe(preset.activation);
    expect(s.eta).toBe(preset.eta);
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.status).toBe('running');
    expect(s.snapshot.w).toHaveLength(k * d);
    expect(s.snapshot.dw).toHaveLength(k * d);
    expect(s.snapshot.grad).toHaveLength(k * d);
    expect(s.snapshot.w).toEqual(preset.w.flat());
    // The plot's axes are two different weights of this problem.
    expect(s.axis).toBeLessThan(k * d);
    if (k * d > 1) expect(s.axisJ).not.toBe(s.axis);
    expect(s.axisJ).toBeLessThan(k * d);
    expect(Number.isFinite(s.snapshot.E)).toBe(true);
    const f = F[preset.activation];
    expect(f, `no hand formula for ${preset.activation}`).toBeDefined();
    let E = 0;
    for (let mu = 0; mu < preset.x.length; mu++) {
      const xb = preset.bias ? [1, ...preset.x[mu]] : [...preset.x[mu]];
      for (let j = 0; j < k; j++) {
        const h = xb.reduce((sum, xi, c) => sum + preset.w[j][c] * xi, 0);
        E += (preset.y[mu][j] - f(h)) ** 2;
      }
    }
    const scale = preset.loss === 'mse' ? 1 / preset.x.length : 1;
    expect(s.snapshot.E).toBeCloseTo((E / 2) * scale, 12);
    expect(s.loss).toBe(preset.loss ?? 'sse');
  });

  it.each(PRESETS.filter((p) => p.source).map((p) => [p.id]))('preset %s is real data: names its source and licence and its columns', (id) => {
    const preset = PRESETS.find((p) => p.id === id)!;
    expect(preset.source!.url).toMatch(/^https?:\/\/\S+$/);
    expect(preset.source!.licence.length).toBeGreaterThan(3);
    expect(preset.x.length).toBeGreaterThanOrEqual(50);
    expect(preset.names).toHaveLength(preset.x[0].length + preset.y[0].length);
    const store = createAppStore(id);
    expect(store.getState().source).toEqual(preset.source);
    expect(store.getState().data.names).toEqual(preset.names);
  });

  it.each(PRESETS.filter((p) => p.view).map((p) => [p.id, p.view]))('loadPreset(%s) opens its own view, %s, from any other view', (id, view) => {
    for (const from of ['curve', 'contour', 'surface'] as const) {
      const store = createAppStore('two-inputs');
      expect(store.getState().setView(from)).toBe(true);
      expect(store.getState().loadPreset(id)).toBe(true);
      // The preset's view is one its problem can show: the rules left it alone, with no notice.
      expect(store.getState().view).toBe(view);
      expect(store.getState().notices).toEqual([]);
    }
  });

  it('loadPreset(round-bowl) and loadPreset(narrow-valley) show the contour map; a new store on round-bowl opens in it too', () => {
    const store = createAppStore();
    expect(store.getState().view).toBe('curve');
    store.getState().loadPreset('round-bowl');
    expect(store.getState().view).toBe('contour');
    store.getState().setView('surface');
    store.getState().loadPreset('narrow-valley');
    expect(store.getState().view).toBe('contour');
    expect(createAppStore('round-bowl').getState().view).toBe('contour');
  });

  it('a one-weight preset gives the curve; a preset with no view of its own keeps the current view', () => {
    const store = createAppStore('round-bowl');
    store.getState().loadPreset('plateau');
    expect(store.getState().view).toBe('curve');
    store.getState().loadPreset('narrow-valley');
    expect(store.getState().view).toBe('contour');
    // two-inputs names no view: the contour map stays.
    expect(PRESETS.find((p) => p.id === 'two-inputs')!.view).toBeUndefined();
    store.getState().loadPreset('two-inputs');
    expect(store.getState().view).toBe('contour');
    store.getState().setView('surface');
    store.getState().loadPreset('two-outputs');
    expect(store.getState().view).toBe('surface');
    // The default page still opens on the curve.
    expect(createAppStore().getState().view).toBe('curve');
  });

  it('loadPreset(nope) returns false, posts a notice naming it and keeps the problem', () => {
    const store = createAppStore();
    store.getState().step(2);
    const before = store.getState();
    expect(store.getState().loadPreset('nope')).toBe(false);
    const s = store.getState();
    expect(s.notices.length).toBe(before.notices.length + 1);
    expect(lastNotice(store).text).toContain('nope');
    expect(s.presetId).toBe('bowl');
    expect(s.problem).toBe(before.problem);
    expect(s.runner).toBe(before.runner);
    expect(s.snapshot.step).toBe(2);
    expect(s.snapshot.w).toEqual(before.snapshot.w);
  });
});

describe('loadProblem', () => {
  it('loadProblem with valid x, y, w replaces the problem and starts a run from w', () => {
    const store = createAppStore();
    expect(store.getState().loadProblem({ x: [[1, 2], [3, 4]], y: [[0.5], [0.25]], w: [[0.1, -0.2]] })).toBe(true);
    const s = store.getState();
    expect(s.presetId).toBeNull();
    expect(s.problem.N).toBe(2);
    expect(s.problem.n).toBe(2);
    expect(s.w0).toEqual([0.1, -0.2]);
    expect(s.snapshot.step).toBe(0);
    // linear: h¹ = 0.1 − 0.4 = −0.3, h² = 0.3 − 0.8 = −0.5; E = ½ (0.8² + 0.75²)
    expect(s.snapshot.E).toBeCloseTo(0.5 * (0.64 + 0.5625), 12);
    // Δw₁ = 0.1 (0.8·1 + 0.75·3), Δw₂ = 0.1 (0.8·2 + 0.75·4)
    expect(s.snapshot.dw[0]).toBeCloseTo(0.305, 12);
    expect(s.snapshot.dw[1]).toBeCloseTo(0.46, 12);
  });

  it.each([
    ['mismatched x and y', { x: [[1], [2]], y: [[1], [2], [3]], w: [[0.5]] }, /x has 2 records but y has 3/],
    ['ragged x rows', { x: [[1, 2], [3]], y: [[1], [2]], w: [[0.5, 0.5]] }, /x record 2 has 1 value/],
    ['ragged y rows', { x: [[1], [2]], y: [[1, 2], [3]], w: [[0.5], [0.5]] }, /y record 2 has 1 value/],
    ['empty x', { x: [], y: [[1]] }, /x has no records/],
    ['empty y', { x: [[1]], y: [] }, /y has no records/],
    ['empty record', { x: [[]], y: [[1]] }, /x has no inputs/],
    ['w with too many values', { x: [[1], [2]], y: [[1], [2]], w: [[0.5, 0.2]] }, /w group 1 has 2 values/],
    ['w with too many groups', { x: [[1], [2]], y: [[1], [2]], w: [[0.5], [0.2]] }, /w has 2 groups/],
    ['w with a non-finite value', { x: [[1], [2]], y: [[1], [2]], w: [[Number.NaN]] }, /w holds a value that is not a finite number/],
    ['x with a non-finite value', { x: [[1], [Number.POSITIVE_INFINITY]], y: [[1], [2]] }, /x record 2, input 1 is not a finite number/],
  ])('loadProblem with %s posts an error notice naming the problem and keeps the previous problem and weights', (_name, input, message) => {
    const store = createAppStore();
    store.getState().step(2);
    const before = store.getState();
    expect(store.getState().loadProblem(input, 'test data')).toBe(false);
    const s = store.getState();
    expect(s.notices.length).toBe(before.notices.length + 1);
    const notice = lastNotice(store);
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(message);
    expect(notice.text).toContain('test data');
    expect(s.problem).toBe(before.problem);
    expect(s.runner).toBe(before.runner);
    expect(s.w0).toEqual([BOWL_W0]);
    expect(s.presetId).toBe('bowl');
    expect(s.snapshot.step).toBe(2);
    expect(s.snapshot.w).toEqual(before.snapshot.w);
  });
});

describe('divergence', () => {
  it('step(1000) with η = 0.5 on the bowl ends diverged, not playing, with every number in the snapshot finite', () => {
    const store = createAppStore();
    expect(store.getState().setEta(0.5)).toBe(true);
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    const taken = store.getState().step(1000);
    const s = store.getState();
    // |1 − η Σx²| = |1 − 0.5·7.5| = 2.75 > 1: each step multiplies w − w* by −2.75.
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(1000);
    expect(s.snapshot.status).toBe('diverged');
    expect(s.snapshot.reason).not.toBe('');
    expect(s.playing).toBe(false);
    expect(s.snapshot.step).toBe(taken);
    const numbers = numbersIn(s.snapshot as RunSnapshot);
    expect(numbers.length).toBeGreaterThan(20);
    for (const { path, v } of numbers) expect(Number.isFinite(v), `${path} = ${v}`).toBe(true);
    expect(Array.from(s.runner.w).every(Number.isFinite)).toBe(true);
    // The weights kept are those of the last finite step, which followed the hand recursion.
    let w = BOWL_W0;
    for (let t = 0; t < taken; t++) w += bowlDw(w, 0.5);
    expect(s.snapshot.w[0]).toBeCloseTo(w, 6);
  });

  it('step after divergence takes no step', () => {
    const store = createAppStore();
    store.getState().setEta(0.5);
    store.getState().step(1000);
    const step = store.getState().snapshot.step;
    expect(store.getState().step(10)).toBe(0);
    expect(store.getState().snapshot.step).toBe(step);
  });

  it('play() while diverged does nothing', () => {
    const store = createAppStore();
    store.getState().setEta(0.5);
    store.getState().step(1000);
    expect(store.getState().snapshot.status).toBe('diverged');
    store.getState().play();
    expect(store.getState().playing).toBe(false);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
  });
});

describe('play, pause, togglePlay', () => {
  it('togglePlay switches playing on and off', () => {
    const store = createAppStore();
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(true);
    store.getState().togglePlay();
    expect(store.getState().playing).toBe(false);
    store.getState().play();
    store.getState().pause();
    expect(store.getState().playing).toBe(false);
  });
});

describe('setMode(stochastic)', () => {
  /** Which record a bowl step used: the μ whose η (y^μ − w x^μ) x^μ matches the change of w. */
  function recordUsed(wBefore: number, wAfter: number, eta: number): number {
    const change = wAfter - wBefore;
    const matches = BOWL_X.flatMap((x, mu) => (Math.abs(eta * (BOWL_Y[mu] - wBefore * x) * x - change) < 1e-12 ? [mu] : []));
    expect(matches, `Δw = ${change} from w = ${wBefore}`).toHaveLength(1);
    return matches[0];
  }

  /** Steps `count` times and returns the records used, checking each against the pending batch. */
  function visit(store: AppStore, count: number): number[] {
    const used: number[] = [];
    for (let t = 0; t < count; t++) {
      const before = store.getState().snapshot;
      expect(before.batch).toHaveLength(1);
      const mu = before.batch[0];
      // The pending Δw is that of this one record.
      expect(before.dw[0]).toBeCloseTo(BOWL_ETA * (BOWL_Y[mu] - before.w[0] * BOWL_X[mu]) * BOWL_X[mu], 12);
      store.getState().step(1);
      expect(recordUsed(before.w[0], store.getState().snapshot.w[0], BOWL_ETA)).toBe(mu);
      used.push(mu);
    }
    return used;
  }

  it('setMode(stochastic) makes the pending batch one record and keeps the weights', () => {
    const store = createAppStore();
    store.getState().step(1);
    const w = store.getState().snapshot.w[0];
    store.getState().setMode('stochastic');
    const s = store.getState();
    expect(s.mode).toBe('stochastic');
    expect(s.snapshot.batch).toHaveLength(1);
    expect(s.snapshot.batch[0]).toBeGreaterThanOrEqual(0);
    expect(s.snapshot.batch[0]).toBeLessThan(4);
    expect(s.snapshot.w).toEqual([w]);
    expect(s.snapshot.step).toBe(0);
  });

  it('step in stochastic mode visits every record once per epoch, in the same seeded order in two stores', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setMode('stochastic');
    b.getState().setMode('stochastic');
    const epochs = 5;
    const seqA = visit(a, 4 * epochs);
    const seqB = visit(b, 4 * epochs);
    expect(seqA).toEqual(seqB);
    for (let e = 0; e < epochs; e++) expect([...seqA.slice(4 * e, 4 * e + 4)].sort()).toEqual([0, 1, 2, 3]);
    expect(a.getState().snapshot.epoch).toBe(epochs);
    expect(a.getState().snapshot.w[0]).toBe(b.getState().snapshot.w[0]);
  });

  it('reset in stochastic mode replays the same order', () => {
    const store = createAppStore();
    store.getState().setMode('stochastic');
    const first = visit(store, 8);
    store.getState().reset();
    expect(visit(store, 8)).toEqual(first);
  });
});

describe('setBatchSize and setSpeed', () => {
  it('setBatchSize refuses 0 and 1.5 with a notice and clamps to N', () => {
    const store = createAppStore();
    expect(store.getState().setBatchSize(0)).toBe(false);
    expect(store.getState().setBatchSize(1.5)).toBe(false);
    expect(store.getState().batchSize).toBe(2);
    expect(store.getState().setBatchSize(10)).toBe(true);
    expect(store.getState().batchSize).toBe(4);
  });

  it('setSpeed refuses NaN and out-of-range speeds and keeps the speed', () => {
    const store = createAppStore();
    const speed = store.getState().speed;
    expect(store.getState().setSpeed(Number.NaN)).toBe(false);
    expect(store.getState().setSpeed(0)).toBe(false);
    expect(store.getState().setSpeed(1e6)).toBe(false);
    expect(store.getState().speed).toBe(speed);
    expect(store.getState().setSpeed(20)).toBe(true);
    expect(store.getState().speed).toBe(20);
  });
});

describe('overflow', () => {
  it('loadProblem with numbers so large that E overflows keeps the previous problem and says why', () => {
    const store = createAppStore();
    const before = store.getState().problem;
    const w0 = store.getState().w0;
    const ok = store.getState().loadProblem({ x: [[1e200]], y: [[1]], w: [[1e200]] }, 'URL problem');
    const s = store.getState();
    expect(ok).toBe(false);
    expect(s.problem).toBe(before);
    expect(s.w0).toEqual(w0);
    expect(Number.isFinite(s.snapshot.E)).toBe(true);
    expect(s.notices.some((n) => n.text.includes('overflows'))).toBe(true);
  });

  it('setWeight to a value where E overflows keeps the previous weights', () => {
    const store = createAppStore();
    const ok = store.getState().setWeight(0, 1e200);
    expect(ok).toBe(false);
    expect(store.getState().snapshot.w[0]).toBe(-1);
    expect(store.getState().snapshot.step).toBe(0);
  });
});
