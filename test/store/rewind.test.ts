/**
 * Rewind: the store's run rebuilt at step k equals, bit for bit, a run of k steps made
 * here straight from the engine (same problem, options, seed 1 and starting weights),
 * in every mode and with optimizers that keep state; stepping on continues it; the
 * history is cut at k; a run whose η changed mid-run is refused; ← steps back.
 */
import { describe, expect, it } from 'vitest';
import { createRunner, historySeries, takeSteps, type Runner } from '../../src/engine';
import { createAppStore, type AppStore } from '../../src/store';
import { shortcutFor } from '../../src/ui/keyboard/shortcuts';

/** Steps the store until its run has taken `n` steps (past a convergence too). */
function stepTo(store: AppStore, n: number): void {
  while (store.getState().runner.step < n) {
    if (store.getState().step(n - store.getState().runner.step) === 0) throw new Error('the run stopped');
  }
}

/** A run of `n` steps made from the engine alone, with the store's settings and the seed 1. */
function freshRun(store: AppStore, n: number): Runner {
  const s = store.getState();
  const r = createRunner(s.problem, s.w0, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: s.eta,
    optimizer: s.optimizer,
    optimizerParams: s.optimizerParams,
    shuffle: true,
    seed: 1,
  });
  expect(takeSteps(r, n)).toBe(n);
  return r;
}

/** What a step carries (toEqual compares the numbers exactly). */
function stateOf(r: Runner) {
  const { ws, opt } = r;
  return {
    step: r.step,
    epoch: r.epoch,
    pos: r.pos,
    E: r.E,
    status: r.status,
    w: Array.from(r.w),
    grad: Array.from(ws.grad),
    dw: Array.from(ws.dw),
    order: Array.from(r.order),
    opt: [Array.from(opt.v), Array.from(opt.s), Array.from(opt.m), opt.t],
  };
}

type Setup = (store: AppStore) => void;
const SETUPS: [string, Setup][] = [
  ['batch, gd', (st) => st.getState().setEta(0.001)],
  ['stochastic, momentum', (st) => {
      st.getState().setMode('stochastic');
      st.getState().setOptimizer('momentum');
      st.getState().setEta(0.01);
    }],
  ['mini-batch of 3, Adam', (st) => {
      st.getState().setMode('minibatch');
      st.getState().setBatchSize(3);
      st.getState().setOptimizer('adam');
      st.getState().setEta(0.01);
    }],
  ['mini-batch of 2, RMSProp', (st) => {
      st.getState().setMode('minibatch');
      st.getState().setBatchSize(2);
      st.getState().setOptimizer('rmsprop');
      st.getState().setEta(0.005);
    }],
];

describe('rewindTo', () => {
  for (const [name, setup] of SETUPS) {
    it(`rebuilds step k exactly and steps on from it (${name})`, () => {
      const store = createAppStore('bowl');
      setup(store);
      stepTo(store, 2500);
      expect(store.getState().replayable).toBe(true);
      // 1234 and 2000 from checkpoints, 17 and 0 from the start, 2400 forward again after going back.
      for (const k of [1234, 17, 2000, 0, 2400, 1234]) {
        expect(store.getState().rewindTo(k), `rewind to ${k}`).toBe(true);
        expect(stateOf(store.getState().runner), `step ${k}`).toEqual(stateOf(freshRun(store, k)));
        const snap = store.getState().snapshot;
        expect([snap.step, snap.w, snap.E]).toEqual([k, Array.from(freshRun(store, k).w), freshRun(store, k).E]);
      }
      store.getState().step(1);
      expect(stateOf(store.getState().runner)).toEqual(stateOf(freshRun(store, 1235)));
      stepTo(store, 1300);
      expect(stateOf(store.getState().runner)).toEqual(stateOf(freshRun(store, 1300)));
    });
  }

  it('cuts the history at k, keeping the exact steps before it, and records on from there', () => {
    const store = createAppStore('bowl');
    store.getState().setEta(0.001);
    stepTo(store, 300);
    store.getState().rewindTo(120);
    const series = historySeries(store.getState().history, 0);
    expect(series.map((p) => p.step)).toEqual(Array.from({ length: 121 }, (_, s) => s));
    expect(series[120].w).toBe(freshRun(store, 120).w[0]);
    expect(series[120].E).toBe(freshRun(store, 120).E);
    store.getState().step(1);
    const after = historySeries(store.getState().history, 0);
    expect(after.at(-1)?.step).toBe(121);
    expect(after.at(-1)?.E).toBe(freshRun(store, 121).E);
  });

  it('after 100,000 steps rewinds to any step from a nearby checkpoint', () => {
    const store = createAppStore('bowl');
    store.getState().setMode('stochastic');
    store.getState().setEta(0.001);
    stepTo(store, 100_000);
    const t0 = performance.now();
    expect(store.getState().rewindTo(99_999)).toBe(true);
    expect(store.getState().rewindTo(55_555)).toBe(true);
    // A replay of 100,000 steps takes far longer; from a checkpoint at most 1,000 steps are taken.
    expect(performance.now() - t0).toBeLessThan(200);
    expect(stateOf(store.getState().runner)).toEqual(stateOf(freshRun(store, 55_555)));
  });

  it('refuses, with a notice saying why, a run whose η changed mid-run, and a step out of range', () => {
    const store = createAppStore('bowl');
    stepTo(store, 3);
    expect(store.getState().rewindTo(4)).toBe(false);
    expect(store.getState().rewindTo(-1)).toBe(false);
    expect(store.getState().rewindTo(1.5)).toBe(false);
    store.getState().setEta(0.05);
    expect(store.getState().rewindTo(1)).toBe(false);
    expect(store.getState().runner.step).toBe(3);
    expect(store.getState().notices.at(-1)?.text).toMatch(/cannot be rewound: η changed/);
  });

  it('η changed at step 0 after a rewind starts the run afresh: no rewinding forward to the old η’s steps', () => {
    const store = createAppStore('bowl');
    stepTo(store, 5);
    store.getState().rewindTo(0);
    store.getState().setEta(0.02);
    expect(store.getState().rewindTo(3)).toBe(false);
    stepTo(store, 4);
    expect(store.getState().rewindTo(2)).toBe(true);
    expect(stateOf(store.getState().runner)).toEqual(stateOf(freshRun(store, 2)));
  });

  it('← (and ,) outside step-through steps back one step; in step-through it goes back a part', () => {
    const ctx = { toggleFullscreen() {}, toggleProjector() {}, toggleBlank() {}, toggleSoundTrace() {}, toggleStepTones() {} };
    const store = createAppStore('bowl');
    stepTo(store, 3);
    shortcutFor('ArrowLeft')?.run(store.getState(), ctx);
    shortcutFor(',')?.run(store.getState(), ctx);
    expect(store.getState().snapshot.step).toBe(1);
    // By hand: w = −1 + 0.1 · Σ (y − w x) x = −1 + 0.1 · 22.55.
    expect(store.getState().snapshot.w[0]).toBeCloseTo(-1 + 0.1 * 22.55, 12);
    store.getState().setStepThrough(true);
    store.getState().next();
    shortcutFor('ArrowLeft')?.run(store.getState(), ctx);
    expect([store.getState().snapshot.step, store.getState().stage]).toEqual([1, 0]);
  });
});
