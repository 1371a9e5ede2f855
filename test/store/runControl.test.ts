/**
 * The app store: divergence, play and pause, descent modes, batch size, speed and overflow. Checked against numbers computed by hand from the rule (never
 * against values the app printed once). Every test makes its own store.
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore, type RunSnapshot } from '../../src/store';
import { BOWL_ETA, BOWL_W0, BOWL_X, BOWL_Y, bowlDw, numbersIn } from './bowlByHand';

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
