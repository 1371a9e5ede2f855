/**
 * The app store: loading presets and problems. Checked against numbers computed by hand from the rule (never
 * against values the app printed once). Every test makes its own store.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, PRESETS } from '../../src/store';
import { BOWL_W0, lastNotice, linear, sigma } from './bowlByHand';

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
