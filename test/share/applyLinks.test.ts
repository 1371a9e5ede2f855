/**
 * applyUrlParams: a link is one problem and every bad part is named; steps within a cost limit, taken after the first render.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { parseUrl } from '../../src/share/url';
import { MAX_STEP_COST } from '../../src/share/slices';
import { createAppStore, type AppStore } from '../../src/store';

/** Parses `search`/`hash` and applies them to a fresh store. */
function open(search: string, hash = ''): { store: AppStore; shell: ReturnType<typeof applyUrlParams> } {
  const store = createAppStore();
  const { params, problems } = parseUrl(search, hash);
  const shell = applyUrlParams(store, params, problems);
  return { store, shell };
}

const EXAMPLE = '?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2';

describe('applyUrlParams: a link is one problem, and every bad part is named', () => {
  it('applyUrlParams(?act=tanh&x=1e300&y=0&w=1) checks E under tanh, the link’s activation, and loads the problem', () => {
    // Under the default linear unit E = ½(1e300)² overflows; under tanh ŷ = tanh(1e300) = 1 and E = ½.
    const { store } = open('?act=tanh&x=1e300&y=0&w=1');
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(s.activation).toBe('tanh');
    expect(s.problem.N).toBe(1);
    expect(s.data.x).toEqual([[1e300]]);
    expect(s.snapshot.E).toBe(0.5);
  });

  it('applyUrlParams(?std=1&x=1e300;-1e300&y=0;1&w=1) standardizes before E is checked, so the problem loads', () => {
    const { store } = open('?std=1&x=1e300;-1e300&y=0;1&w=1&act=linear');
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(s.standardize).toBe(true);
    expect(s.problem.N).toBe(2);
    expect(Number.isFinite(s.snapshot.E)).toBe(true);
  });

  it('applyUrlParams with a problem that overflows under the link’s own act still applies eta, loss and theme to the problem kept', () => {
    const { store } = open('?act=linear&x=1e300&y=0&w=1&eta=0.3&loss=mse&theme=dark');
    const s = store.getState();
    expect(s.presetId).toBe('bowl');
    expect(s.problem.N).toBe(4);
    expect([s.eta, s.loss, s.theme, s.activation]).toEqual([0.3, 'mse', 'dark', 'linear']);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].text).toMatch(/E overflows/);
  });

  it('applyUrlParams with eight bad parameters names every one of them in one notice', () => {
    const { store } = open('?eta=abc&act=nope&loss=mae&mode=online&batch=0&view=3d&theme=pink&speed=0&foo=1&axes=a', '#bar=2');
    const s = store.getState();
    expect(s.notices).toHaveLength(1);
    const text = s.notices[0].text;
    expect(text).toMatch(/^These 11 link parameters were ignored: /);
    for (const name of ['eta=abc', 'act=nope', 'loss=mae', 'mode=online', 'batch=0', 'view=3d', 'theme=pink', 'speed=0', 'foo', 'axes=a', 'bar']) {
      expect(text).toContain(name);
    }
    // Why each was ignored, too.
    expect(text).toContain('use sse or mse');
  });

  it('applyUrlParams with bad parameters and a parameter that does not fit the problem names them all in one notice', () => {
    const { store } = open('?eta=abc&act=nope&loss=mae&mode=online&batch=0&theme=pink&view=contour&axes=3&opt=adamw');
    const s = store.getState();
    expect(s.notices).toHaveLength(1);
    for (const name of ['eta=abc', 'act=nope', 'loss=mae', 'mode=online', 'batch=0', 'theme=pink', 'view=contour', 'axes=3', 'opt=adamw']) {
      expect(s.notices[0].text).toContain(name);
    }
  });
});

/** A link of `n` records with noisy targets (descent never converges on them), stochastic, taking `steps` steps. */
function costlyLink(n: number, steps: number): string {
  const x: string[] = [];
  const y: string[] = [];
  for (let i = 0; i < n; i++) {
    x.push(`${((i * 37) % 101) / 50 - 1},${((i * 53) % 97) / 48 - 1}`);
    y.push(String(((i * 29) % 89) / 89));
  }
  return `?x=${x.join(';')}&y=${y.join(';')}&mode=stochastic&eta=0.01&steps=${steps}`;
}

describe('applyUrlParams: steps within a cost limit, taken after the first render', () => {
  it('applyUrlParams refuses a link whose records × weights × steps pass the limit, quickly, with a notice naming the limit', () => {
    const store = createAppStore();
    const { params, problems } = parseUrl(costlyLink(2000, 100_000), '');
    const t0 = performance.now();
    applyUrlParams(store, params, problems);
    expect(performance.now() - t0).toBeLessThan(1000);
    const s = store.getState();
    expect(s.problem.N).toBe(2000);
    expect(s.snapshot.step).toBe(0);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].text).toContain('steps=100000');
    expect(s.notices[0].text).toContain(MAX_STEP_COST.toLocaleString('en'));
    expect(s.notices[0].text).toContain('2,000 records × 2 weights × 100,000 steps');
  });

  it('applyUrlParams with deferSteps takes no costly step before the first render and returns them to take in slices', () => {
    const store = createAppStore();
    const { params, problems } = parseUrl(costlyLink(2000, 20_000), '');
    const shell = applyUrlParams(store, params, problems, { deferSteps: true });
    expect(store.getState().snapshot.step).toBe(0);
    expect(shell.steps).toBe(20_000);
    expect(store.getState().notices).toEqual([]);
  });

  it('applyUrlParams with deferSteps still takes cheap steps at once', () => {
    const store = createAppStore();
    const { params, problems } = parseUrl(`${EXAMPLE}&steps=5`, '');
    const shell = applyUrlParams(store, params, problems, { deferSteps: true });
    expect(store.getState().snapshot.step).toBe(5);
    expect(shell.steps).toBe(0);
  });
});
