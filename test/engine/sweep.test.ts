/**
 * Sweeps: each point is exactly the run the store makes with that η (and μ) from the same
 * start, for every mode; a diverged run is reported as diverged with a finite E; logSpaced
 * spans its ends evenly on a log scale.
 */
import { describe, expect, it } from 'vitest';
import { logSpaced, sweepPoint, type SweepSpec } from '../../src/engine';
import { createAppStore, SHUFFLE_SEED, type AppStore } from '../../src/store';

/** The sweep spec of the store's current run. */
function specOf(store: AppStore, steps: number): SweepSpec {
  const s = store.getState();
  return {
    problem: s.problem,
    w0: s.runStart,
    opts: { activation: s.activation, loss: s.loss, mode: s.mode, batchSize: s.batchSize, optimizer: s.optimizer, optimizerParams: s.optimizerParams, shuffle: true, seed: SHUFFLE_SEED },
    steps,
  };
}

describe('sweepPoint', () => {
  it.each(['batch', 'stochastic', 'minibatch'] as const)('sweepPoint(η) equals the store’s own run with η for k steps (%s)', (mode) => {
    const store = createAppStore('round-bowl');
    store.getState().setMode(mode);
    const spec = specOf(store, 37);
    for (const eta of [0.003, 0.05, 0.2]) {
      const p = sweepPoint(spec, eta);
      store.getState().setEta(eta);
      store.getState().reset();
      store.getState().step(37);
      expect(p.E).toBe(store.getState().runner.E);
      expect(p.step).toBe(store.getState().runner.step);
      expect(p.status).toBe(store.getState().runner.status);
    }
  });

  it('sweepPoint(η, μ) equals the store’s momentum run with that μ', () => {
    const store = createAppStore('narrow-valley');
    store.getState().setOptimizer('momentum');
    const spec = specOf(store, 25);
    const p = sweepPoint(spec, 0.02, 0.7);
    store.getState().setOptimizer('momentum', { mu: 0.7 });
    store.getState().setEta(0.02);
    store.getState().reset();
    store.getState().step(25);
    expect(p.mu).toBe(0.7);
    expect(p.E).toBe(store.getState().runner.E);
  });

  it('gradient descent on E = ½w² from w = 1: E after 3 steps is ½(1 − η)⁶ (by hand), and η = 2.5 diverges', () => {
    const store = createAppStore();
    store.getState().loadProblem({ x: [[1]], y: [[0]], w: [[1]] }, 'test');
    const spec = specOf(store, 3);
    for (const eta of [0.1, 0.5, 1.5]) expect(sweepPoint(spec, eta).E).toBeCloseTo(0.5 * (1 - eta) ** 6, 12);
    const far = sweepPoint({ ...spec, steps: 200 }, 2.5);
    expect(far.status).toBe('diverged');
    expect(Number.isFinite(far.E)).toBe(true);
    expect(far.step).toBeLessThan(200);
  });
});

describe('logSpaced', () => {
  it('logSpaced(0.001, 10, 5) is 0.001, 0.01, 0.1, 1, 10', () => {
    expect(logSpaced(0.001, 10, 5)).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
});
