/**
 * The app store: creating it, stepping, reset, η, weights and activation. Checked against numbers computed by hand from the rule (never
 * against values the app printed once). Every test makes its own store.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/store';
import { BOWL_ETA, BOWL_W0, BOWL_X, BOWL_Y, bowlDw, bowlE, lastNotice, sigma } from './bowlByHand';

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
