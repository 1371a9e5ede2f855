/**
 * The link codec round-trips: a state written by stateParams and read back by
 * parseUrl + applyUrlParams into a fresh store is the same state — problem,
 * weights, η, activation, error, mode, view, axes, theme, standardizing and the
 * steps taken — for many random states built through the store's own actions.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, createRandom, MODE_NAMES } from '../../src/engine';
import { applyUrlParams } from '../../src/share/apply';
import { embedCode, shareLink, stateParams } from '../../src/share/link';
import { parseUrl } from '../../src/share/url';
import { createAppStore, PRESETS, type AppState, type AppStore, type ThemeName, type ViewName } from '../../src/store';

/** Opens `link` in a fresh store, as a new page would. */
function open(link: string): AppStore {
  const store = createAppStore();
  const hash = link.slice(link.indexOf('#'));
  const { params, notices, problems } = parseUrl('', hash);
  expect(notices).toEqual([]);
  applyUrlParams(store, params, problems);
  return store;
}

/** What must be equal after the round trip. */
function observable(s: AppState) {
  return {
    presetId: s.presetId,
    data: s.data.x.length <= 1000 ? { x: s.data.x, y: s.data.y } : s.data.x.length,
    bias: s.problem.bias,
    standardize: s.standardize,
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.mode === 'minibatch' ? s.batchSize : null,
    eta: s.eta,
    speed: s.speed,
    view: s.view,
    axis: s.axis,
    axisJ: s.view === 'curve' ? null : s.axisJ,
    theme: s.theme,
    w: s.snapshot.w,
    E: s.snapshot.E,
    status: s.snapshot.status,
  };
}

describe('stateParams / shareLink', () => {
  it('a random state survives the round trip exactly (200 states, seeded)', () => {
    const rnd = createRandom(2026);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    for (let trial = 0; trial < 200; trial++) {
      const store = createAppStore(pick(PRESETS).id);
      const a = () => store.getState();
      if (rnd() < 0.3) {
        // The learner's own records: 1–5 records, 1–3 inputs, 1–2 outputs, awkward numbers.
        const N = 1 + Math.floor(rnd() * 5);
        const n = 1 + Math.floor(rnd() * 3);
        const k = 1 + Math.floor(rnd() * 2);
        const num = () => (rnd() - 0.5) * 10 ** Math.floor(rnd() * 6 - 3);
        a().loadProblem({ x: Array.from({ length: N }, () => Array.from({ length: n }, num)), y: Array.from({ length: N }, () => Array.from({ length: k }, num)), bias: rnd() < 0.5 });
      }
      if (rnd() < 0.3) a().setStandardize(true);
      a().setActivation(pick(ACTIVATION_NAMES));
      if (rnd() < 0.3) a().setLoss('mse');
      a().setMode(pick(MODE_NAMES));
      if (a().mode === 'minibatch') a().setBatchSize(1 + Math.floor(rnd() * a().problem.N));
      a().setWeights(a().snapshot.w.map(() => (rnd() - 0.5) * 4));
      a().setEta(Number((10 ** (rnd() * 3 - 2)).toPrecision(1 + Math.floor(rnd() * 17))));
      a().setSpeed(pick([0.25, 4, 60, 1000]));
      const dims = a().snapshot.w.length;
      if (dims >= 2) {
        a().setView(pick<ViewName>(['curve', 'contour', 'surface']));
        const i = Math.floor(rnd() * Math.min(dims, a().problem.d));
        let j = Math.floor(rnd() * Math.min(dims, a().problem.d));
        if (j === i) j = (i + 1) % Math.min(dims, a().problem.d);
        if (i !== j) a().setAxes(i, j);
        else a().setAxis(i);
      }
      a().setTheme(pick<ThemeName>(['light', 'dark', 'projector']));
      a().step(Math.floor(rnd() * 30));
      const midRunEta = rnd() < 0.15 && a().snapshot.step > 0 && a().snapshot.status === 'running';
      if (midRunEta) a().setEta(a().eta * 0.5);

      const link = shareLink(a(), 'http://example.org/app/');
      const copy = open(link).getState();
      const want = observable(a());
      const got = observable(copy);
      expect(got, `trial ${trial}: ${link}`).toEqual(want);
      // A replayed run shows the same step count; one whose η changed mid-run starts its count again.
      expect(copy.snapshot.step).toBe(midRunEta ? 0 : a().snapshot.step);
    }
  });

  it('a preset with its own weights is written by name only', () => {
    const store = createAppStore('iris');
    const p = stateParams(store.getState());
    expect(p.get('preset')).toBe('iris');
    expect(p.has('x')).toBe(false);
    expect(p.has('w')).toBe(false);
    expect(p.has('steps')).toBe(false);
  });

  it('embedCode gives an iframe with embed=1, a title and a size, and escapes the address', () => {
    const store = createAppStore('two-outputs');
    store.getState().step(2);
    const code = embedCode(store.getState(), 'https://example.org/bowl/?a="b"');
    expect(code).toMatch(/^<iframe src="[^"]*embed=1[^"]*" title="Error Bowl: [^"]+" width="\d+" height="\d+"/);
    expect(code).toContain('&quot;b&quot;');
    expect(code).toContain('steps=2');
  });
});
