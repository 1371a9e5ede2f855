/**
 * Applying a parsed URL to a fresh store: the example link gives the
 * forward pass and step computed here by hand with Math.tanh; bad problems and
 * unavailable views reach the user as notices.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';

/** Parses `search`/`hash` and applies them to a fresh store. */
function open(search: string, hash = ''): { store: AppStore; shell: ReturnType<typeof applyUrlParams> } {
  const store = createAppStore();
  const { params, problems } = parseUrl(search, hash);
  const shell = applyUrlParams(store, params, problems);
  return { store, shell };
}

const EXAMPLE = '?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2';

/** One tanh step of the example problem, by hand: h = w·x, ŷ = tanh h, δ = (y − ŷ)(1 − ŷ²), Δwᵢ = η δ xᵢ. */
function tanhStep(w: readonly number[], x: readonly number[], y: number, eta: number) {
  const h = w[0] * x[0] + w[1] * x[1];
  const yHat = Math.tanh(h);
  const delta = (y - yHat) * (1 - yHat * yHat);
  return {
    h,
    yHat,
    delta,
    grad: x.map((xi) => -delta * xi),
    dw: x.map((xi) => eta * delta * xi),
    E: 0.5 * (y - yHat) ** 2,
  };
}

describe('applyUrlParams', () => {
  it('applyUrlParams(?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2) gives the hand-computed h, ŷ, δ, grad and Δw', () => {
    const { store, shell } = open(EXAMPLE);
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(shell).toEqual({ embed: false, origin: null, steps: 0 });
    expect(s.activation).toBe('tanh');
    expect(s.eta).toBe(0.2);
    expect(s.presetId).toBeNull();
    expect(s.problem.N).toBe(1);
    expect(s.problem.n).toBe(2);
    expect(s.problem.k).toBe(1);
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([0.8, 0.1]);

    const h = 0.8 * 0.3 + 0.1 * -1.2; // 0.12
    const yHat = Math.tanh(h);
    const delta = (0.4 - yHat) * (1 - yHat * yHat);
    const rec = s.snapshot.records!;
    expect(rec).not.toBeNull();
    expect(rec.h[0]).toBeCloseTo(0.12, 14);
    expect(rec.h[0]).toBeCloseTo(h, 14);
    expect(rec.yHat[0]).toBeCloseTo(yHat, 14);
    expect(rec.err[0]).toBeCloseTo(0.4 - yHat, 14);
    expect(rec.fp[0]).toBeCloseTo(1 - yHat * yHat, 14);
    expect(rec.delta[0]).toBeCloseTo(delta, 14);
    expect(s.snapshot.grad[0]).toBeCloseTo(-delta * 0.3, 14);
    expect(s.snapshot.grad[1]).toBeCloseTo(-delta * -1.2, 14);
    expect(s.snapshot.dw[0]).toBeCloseTo(0.2 * delta * 0.3, 14);
    expect(s.snapshot.dw[1]).toBeCloseTo(0.2 * delta * -1.2, 14);
    expect(s.snapshot.E).toBeCloseTo(0.5 * (0.4 - yHat) ** 2, 14);
    // Rough magnitudes, so a sign slip in the hand formulas above would show too.
    expect(yHat).toBeCloseTo(0.1194, 4);
    expect(s.snapshot.dw[0]).toBeGreaterThan(0);
    expect(s.snapshot.dw[1]).toBeLessThan(0);
  });

  it('applyUrlParams with steps=5 takes 5 steps, each the hand-computed tanh step', () => {
    const { store } = open(`${EXAMPLE}&steps=5`);
    let w = [0.8, 0.1];
    for (let t = 0; t < 5; t++) {
      const s = tanhStep(w, [0.3, -1.2], 0.4, 0.2);
      w = w.map((wi, i) => wi + s.dw[i]);
    }
    const snap = store.getState().snapshot;
    expect(snap.step).toBe(5);
    expect(snap.w[0]).toBeCloseTo(w[0], 13);
    expect(snap.w[1]).toBeCloseTo(w[1], 13);
    const pending = tanhStep(w, [0.3, -1.2], 0.4, 0.2);
    expect(snap.E).toBeCloseTo(pending.E, 13);
    expect(snap.dw[0]).toBeCloseTo(pending.dw[0], 13);
    expect(snap.dw[1]).toBeCloseTo(pending.dw[1], 13);
  });

  it('applyUrlParams with steps given in the fragment takes them after the query’s problem is loaded', () => {
    const { store } = open(EXAMPLE, '#steps=3');
    expect(store.getState().snapshot.step).toBe(3);
    expect(store.getState().activation).toBe('tanh');
  });

  it('applyUrlParams with x of 2 records and y of 3 keeps the previous problem and posts a notice', () => {
    const store = createAppStore();
    const before = store.getState();
    const { params, notices, problems } = parseUrl('?x=1;2&y=1;2;3', '');
    expect(notices).toEqual([]);
    applyUrlParams(store, params, problems);
    const s = store.getState();
    expect(s.problem).toBe(before.problem);
    expect(s.runner).toBe(before.runner);
    expect(s.presetId).toBe('bowl');
    expect(s.w0).toEqual([-1]);
    expect(s.snapshot.w).toEqual([-1]);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].tone).toBe('error');
    expect(s.notices[0].text).toMatch(/x has 2 records but y has 3/);
  });

  it('applyUrlParams with view=contour on a one-weight problem says it needs two weights and stays on the curve', () => {
    const { store } = open('?view=contour');
    const s = store.getState();
    expect(s.view).toBe('curve');
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].text).toMatch(/needs at least two weights/);
    expect(s.notices[0].text).toMatch(/contour/);
  });

  it('applyUrlParams(?preset=round-bowl) opens the preset in its own view, and a view= given with it wins', () => {
    expect(open('?preset=round-bowl').store.getState().view).toBe('contour');
    expect(open('?preset=narrow-valley').store.getState().view).toBe('contour');
    const curve = open('?preset=round-bowl&view=curve').store.getState();
    expect([curve.presetId, curve.view]).toEqual(['round-bowl', 'curve']);
    expect(curve.notices).toEqual([]);
    expect(open('?preset=round-bowl&view=surface').store.getState().view).toBe('surface');
    // A one-weight preset gives the curve.
    const bowl = open('?preset=plateau').store.getState();
    expect([bowl.presetId, bowl.view]).toEqual(['plateau', 'curve']);
    expect(bowl.notices).toEqual([]);
  });

  it('applyUrlParams with view=contour or surface on a two-weight problem switches the view; axes=2,1 swaps the axes', () => {
    expect(open('?preset=two-inputs&view=contour').store.getState().view).toBe('contour');
    const surface = open('?preset=four-inputs&view=surface&axes=2,4').store.getState();
    expect(surface.view).toBe('surface');
    expect(surface.notices).toEqual([]);
    // Seed indices 2 and 4 are flat columns 1 and 3 without the bias.
    expect([surface.axis, surface.axisJ]).toEqual([1, 3]);
    const same = open('?preset=two-inputs&axes=1,1').store.getState();
    expect(same.notices.some((n) => n.text.includes('axes=1,1'))).toBe(true);
    const curve = open('?view=curve').store.getState();
    expect(curve.view).toBe('curve');
    expect(curve.notices).toEqual([]);
  });

  it('applyUrlParams posts the parser’s notices for unknown and invalid parameters', () => {
    const { store } = open('?foo=1&eta=abc&act=tanh');
    const s = store.getState();
    expect(s.activation).toBe('tanh');
    expect(s.eta).toBe(0.1);
    // One notice names both (see the many-parameters test below).
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].text).toContain('foo');
    expect(s.notices[0].text).toContain('eta=abc');
  });

  it('applyUrlParams lets later parameters override the preset', () => {
    const { store } = open('?preset=two-inputs&eta=0.3&act=tanh');
    const s = store.getState();
    expect(s.presetId).toBe('two-inputs');
    expect(s.problem.n).toBe(2);
    expect(s.eta).toBe(0.3);
    expect(s.activation).toBe('tanh');
    expect(s.snapshot.w).toEqual([0.5, -0.5]);
  });

  it('applyUrlParams(?preset=iris&std=1) standardizes the inputs: each input column has mean 0', () => {
    const store = createAppStore();
    const { params, problems } = parseUrl('?preset=iris&std=1', '');
    applyUrlParams(store, params, problems);
    const { problem, standardize } = store.getState();
    expect(standardize).toBe(true);
    for (let i = 0; i < problem.n; i++) {
      let m = 0;
      for (let mu = 0; mu < problem.N; mu++) m += problem.x[mu * problem.n + i];
      expect(Math.abs(m / problem.N)).toBeLessThan(1e-12);
    }
  });

  it('applyUrlParams with an unknown preset keeps the bowl and says so', () => {
    const { store } = open('?preset=nope');
    const s = store.getState();
    expect(s.presetId).toBe('bowl');
    expect(s.notices.some((n) => n.text.includes('nope'))).toBe(true);
  });

  it('applyUrlParams with w alone replaces the starting weights of the current problem', () => {
    const { store } = open('?w=0.5');
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(s.snapshot.w).toEqual([0.5]);
    expect(s.problem.N).toBe(4);
  });

  it('applyUrlParams with bias=1 and w groups starting with w₀ computes h = w₀ + Σ wᵢ xᵢ and Δw₀ = η δ', () => {
    const { store } = open('?bias=1&x=2&y=2&w=0.5,0.25&act=linear&eta=0.1');
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(s.problem.bias).toBe(true);
    // h = 0.5 + 0.25·2 = 1, δ = (2 − 1)·1 = 1, Δw₀ = 0.1·1·1, Δw₁ = 0.1·1·2
    expect(s.snapshot.records!.h[0]).toBeCloseTo(1, 14);
    expect(s.snapshot.E).toBeCloseTo(0.5, 14);
    expect(s.snapshot.dw[0]).toBeCloseTo(0.1, 14);
    expect(s.snapshot.dw[1]).toBeCloseTo(0.2, 14);
  });

  it('applyUrlParams applies theme, speed, mode and batch, and returns embed and origin for the shell', () => {
    const { store, shell } = open('?theme=dark&speed=20&mode=minibatch&batch=3&embed=1&origin=https://example.org');
    const s = store.getState();
    expect(s.theme).toBe('dark');
    expect(s.speed).toBe(20);
    expect(s.mode).toBe('minibatch');
    expect(s.batchSize).toBe(3);
    expect(shell).toEqual({ embed: true, origin: 'https://example.org', steps: 0 });
  });

  it('applyUrlParams with opt=momentum&mu=0.5 runs momentum with μ = 0.5 (by hand on the bowl: Δw = 2.255, then 1.69125)', () => {
    const { store } = open('?preset=bowl&opt=momentum&mu=0.5&eta=0.1');
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect([s.optimizer, s.optimizerParams]).toEqual(['momentum', { mu: 0.5 }]);
    // The bowl by hand: x = 0.5, 1, 1.5, 2 and y = 1.1, 1.9, 3.2, 3.9, so ∂E/∂w = −Σ (y − w x) x = −15.05 + 7.5 w.
    // At w = −1: g₁ = −22.55, v = g₁, Δw = −0.1 v = 2.255. At w = 1.255: g₂ = −5.6375, v = 0.5 g₁ + g₂ = −16.9125, Δw = 1.69125.
    expect(s.snapshot.dw[0]).toBeCloseTo(2.255, 12);
    s.step(1);
    const t = store.getState();
    expect(t.snapshot.w[0]).toBeCloseTo(1.255, 12);
    expect(t.snapshot.grad[0]).toBeCloseTo(-5.6375, 12);
    expect(t.snapshot.opt?.v?.[0]).toBeCloseTo(-22.55, 12);
    expect(t.snapshot.dw[0]).toBeCloseTo(1.69125, 12);
  });

  it('applyUrlParams names a bad optimizer or hyper-parameter and keeps plain gradient descent', () => {
    for (const bad of ['opt=sgdx', 'opt=adam&beta1=1', 'opt=momentum&mu=-0.1', 'opt=adam&eps=0', 'opt=rmsprop&alpha=abc', 'opt=adam&beta2=true']) {
      const { store } = open(`?preset=bowl&${bad}`);
      const s = store.getState();
      expect(s.notices.length, bad).toBe(1);
      const named = bad.split('&').find((p) => !/^opt=(adam|momentum|rmsprop)$/.test(p))!;
      expect(s.notices[0].text, bad).toContain(named);
      for (const v of Object.values(s.optimizerParams)) expect(Number.isFinite(v)).toBe(true);
    }
    expect(open('?preset=bowl&opt=sgdx').store.getState().optimizer).toBe('gd');
  });

  it('applyUrlParams with axes=2 on a two-weight problem puts w₂ on the curve; axes=3 is refused with a notice', () => {
    const two = open('?preset=two-inputs&axes=2').store.getState();
    expect(two.axis).toBe(1);
    expect(two.notices).toEqual([]);
    const bad = open('?preset=two-inputs&axes=3').store.getState();
    expect(bad.axis).toBe(0);
    expect(bad.notices.some((n) => n.text.includes('axes=3'))).toBe(true);
  });
});
