/**
 * Steps a link asks for are taken in short slices, with progress in the store,
 * ending where one step(n) would end and handing over to the user the moment
 * they act.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { MAX_STEP_COST, SLICE_MS, stepCost, takeSteps, takeStepsInSlices } from '../../src/share/slices';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';

/** A store opened on `n` records with noisy targets (descent never converges on them), stochastic, η = 0.01. */
function costly(n: number): AppStore {
  const x: string[] = [];
  const y: string[] = [];
  for (let i = 0; i < n; i++) {
    x.push(`${((i * 37) % 101) / 50 - 1},${((i * 53) % 97) / 48 - 1}`);
    y.push(String(((i * 29) % 89) / 89));
  }
  const store = createAppStore();
  const { params, problems } = parseUrl(`?x=${x.join(';')}&y=${y.join(';')}&mode=stochastic&eta=0.01`, '');
  applyUrlParams(store, params, problems);
  expect(store.getState().notices).toEqual([]);
  return store;
}

/** A scheduler the test runs by hand, one slice at a time. */
function manual() {
  const queue: (() => void)[] = [];
  return {
    schedule: (fn: () => void) => void queue.push(fn),
    /** Runs the next slice; false when none is queued. */
    next: () => {
      const fn = queue.shift();
      fn?.();
      return fn !== undefined;
    },
    get pending() {
      return queue.length;
    },
  };
}

describe('takeStepsInSlices', () => {
  it('takeStepsInSlices(2,000 records, 20,000 steps) takes them in slices of about SLICE_MS, with progress, to the same weights as step(20000)', () => {
    const store = costly(2000);
    const sched = manual();
    const ends: { done: number; cancelled: boolean }[] = [];
    takeStepsInSlices(store, 20_000, { schedule: sched.schedule, onEnd: (e) => ends.push(e) });
    // Nothing is taken before the first slice runs: the page is drawn first.
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().loading).toEqual({ done: 0, total: 20_000 });
    const times: number[] = [];
    const progress: number[] = [];
    for (;;) {
      const t0 = performance.now();
      if (!sched.next()) break;
      times.push(performance.now() - t0);
      const l = store.getState().loading;
      if (l) progress.push(l.done);
    }
    expect(times.length).toBeGreaterThan(3);
    // Slices stay near their budget: the median within a few ms of it (a busy test machine may stretch a few).
    const sorted = [...times].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(2 * SLICE_MS + 5);
    expect(sorted.at(-1)!).toBeLessThan(250);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[0]).toBeGreaterThan(0);
    expect(store.getState().loading).toBeNull();
    expect(store.getState().snapshot.step).toBe(20_000);
    expect(ends).toEqual([{ done: 20_000, total: 20_000, cancelled: false }]);

    const once = costly(2000);
    once.getState().step(20_000);
    expect(store.getState().snapshot.w).toEqual(once.getState().snapshot.w);
    expect(store.getState().snapshot.E).toBe(once.getState().snapshot.E);
  });

  it.each<[string, (s: AppStore) => void]>([
    ['Step', (s) => s.getState().step(1)],
    ['Play', (s) => s.getState().play()],
    ['Reset', (s) => s.getState().reset()],
    ['a preset switch', (s) => s.getState().loadPreset('two-inputs')],
    ['a new η', (s) => s.getState().setEta(0.02)],
    ['Stop (loading cleared)', (s) => s.getState().setLoading(null)],
  ])('takeStepsInSlices stops the remaining slices when the user acts: %s', (_what, act) => {
    const store = costly(2000);
    const sched = manual();
    const ends: { done: number; cancelled: boolean }[] = [];
    takeStepsInSlices(store, 20_000, { schedule: sched.schedule, onEnd: (e) => ends.push(e) });
    sched.next();
    const taken = store.getState().snapshot.step;
    expect(taken).toBeGreaterThan(0);
    expect(taken).toBeLessThan(20_000);
    act(store);
    expect(store.getState().loading).toBeNull();
    expect(ends).toHaveLength(1);
    expect(ends[0].cancelled).toBe(true);
    const after = store.getState().snapshot;
    while (sched.next());
    // No slice ran after the user took over.
    expect(store.getState().snapshot).toBe(after);
  });

  it('takeStepsInSlices stops where the run converges, as step(n) does', () => {
    const store = createAppStore('bowl');
    const once = createAppStore('bowl');
    const sched = manual();
    takeStepsInSlices(store, 100_000, { schedule: sched.schedule, sliceMs: 0.01 });
    while (sched.next());
    const taken = once.getState().step(100_000);
    expect(taken).toBeLessThan(100_000);
    expect(store.getState().snapshot.status).toBe('converged');
    expect(store.getState().snapshot.step).toBe(taken);
    expect(store.getState().loading).toBeNull();
  });

  it('takeSteps refuses more than MAX_STEP_COST with a notice naming the limit, and takes cheap steps at once', () => {
    const store = costly(2000);
    const n = Math.floor(MAX_STEP_COST / (2000 * 2)) + 1;
    expect(stepCost(2000, 2, n)).toBeGreaterThan(MAX_STEP_COST);
    takeSteps(store, n);
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().loading).toBeNull();
    expect(store.getState().notices[0].text).toContain(MAX_STEP_COST.toLocaleString('en'));
    const cheap = createAppStore('bowl');
    takeSteps(cheap, 5);
    expect(cheap.getState().snapshot.step).toBe(5);
  });
});
