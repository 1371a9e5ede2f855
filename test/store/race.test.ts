/**
 * Races: setRace makes the store's run the first of up to six runs from one start; each
 * step moves every run once; each racer is exactly the run the engine makes alone with its
 * optimizer and η (and, on E = ½w², what the rule gives by hand); a new start, a rewind and
 * bad runs behave as a student expects.
 */
import { describe, expect, it } from 'vitest';
import { createRunner, takeSteps, type Runner } from '../../src/engine';
import { createAppStore, raceLeaders, type AppStore, type RaceRun } from '../../src/store';

/** A store on one record x = 1, y = 0 with a linear unit: E = ½w², ∂E/∂w = w. */
function halfSquare(w = 1): AppStore {
  const store = createAppStore();
  expect(store.getState().loadProblem({ x: [[1]], y: [[0]], w: [[w]] }, 'test')).toBe(true);
  return store;
}

/** The run the engine makes alone from `w0` with the store's settings and this optimizer and η (seed 1). */
function alone(store: AppStore, run: RaceRun, steps: number): Runner {
  const s = store.getState();
  const r = createRunner(s.problem, s.runStart, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: run.eta,
    optimizer: run.optimizer,
    optimizerParams: s.optimizerParams,
    shuffle: true,
    seed: 1,
  });
  takeSteps(r, steps);
  return r;
}

const SIX: RaceRun[] = [
  { optimizer: 'gd', eta: 0.1 },
  { optimizer: 'momentum', eta: 0.05 },
  { optimizer: 'nesterov', eta: 0.05 },
  { optimizer: 'adagrad', eta: 0.3 },
  { optimizer: 'rmsprop', eta: 0.01 },
  { optimizer: 'adam', eta: 0.05 },
];

describe('setRace', () => {
  it('setRace(runs) makes runs[0] the store’s own run and the others racers from the same start', () => {
    const store = createAppStore('round-bowl');
    expect(store.getState().setRace(SIX.slice(0, 3))).toBe(true);
    const s = store.getState();
    expect(s.optimizer).toBe('gd');
    expect(s.eta).toBe(0.1);
    expect(s.racers.map((r) => [r.optimizer, r.eta])).toEqual([
      ['momentum', 0.05],
      ['nesterov', 0.05],
    ]);
    for (const r of s.racers) {
      expect(Array.from(r.runner.w)).toEqual(Array.from(s.runner.w));
      expect(r.runner.E).toBe(s.runner.E);
      expect(r.runner.step).toBe(0);
    }
  });

  it('gradient descent racing at η = 0.1 and 0.5 on E = ½w² from w = 1 gives 0.9ᵏ and 0.5ᵏ (by hand)', () => {
    const store = halfSquare(1);
    store.getState().setRace([
      { optimizer: 'gd', eta: 0.1 },
      { optimizer: 'gd', eta: 0.5 },
    ]);
    store.getState().step(3);
    expect(store.getState().runner.w[0]).toBeCloseTo(0.729, 12);
    expect(store.getState().racers[0].runner.w[0]).toBeCloseTo(0.125, 12);
  });

  it('momentum racing gd on E = ½w² follows v ← μv + w, w ← w − ηv by hand', () => {
    const store = halfSquare(1);
    store.getState().setRace([
      { optimizer: 'gd', eta: 0.1 },
      { optimizer: 'momentum', eta: 0.1 },
    ]);
    // μ = 0.9: v₁ = 1, w₁ = 0.9; v₂ = 0.9 + 0.9 = 1.8, w₂ = 0.72; v₃ = 1.62 + 0.72 = 2.34, w₃ = 0.486.
    store.getState().step(3);
    expect(store.getState().racers[0].runner.w[0]).toBeCloseTo(0.486, 12);
  });

  it('every step moves all six runs once, and each equals the engine’s own run bit for bit (stochastic)', () => {
    const store = createAppStore('round-bowl');
    store.getState().setMode('stochastic');
    store.getState().setRace(SIX);
    for (let n = 0; n < 7; n++) store.getState().step(5);
    const s = store.getState();
    expect(s.runner.step).toBe(35);
    expect(Array.from(s.runner.w)).toEqual(Array.from(alone(store, SIX[0], 35).w));
    s.racers.forEach((r, q) => {
      expect(r.runner.step).toBe(35);
      const own = alone(store, SIX[q + 1], 35);
      expect(Array.from(r.runner.w)).toEqual(Array.from(own.w));
      expect(r.runner.E).toBe(own.E);
      expect(r.history.recentCount).toBeGreaterThan(0);
    });
  });

  it('a racer that diverges stops there; the others and the play go on', () => {
    const store = halfSquare(1);
    store.getState().setRace([
      { optimizer: 'gd', eta: 0.1 },
      { optimizer: 'gd', eta: 3 },
    ]);
    store.getState().play();
    for (let n = 0; n < 20 && store.getState().racers[0].runner.status !== 'diverged'; n++) store.getState().step(10);
    const s = store.getState();
    expect(s.racers[0].runner.status).toBe('diverged');
    expect(Number.isFinite(s.racers[0].runner.E)).toBe(true);
    const stopped = s.racers[0].runner.step;
    store.getState().step(5);
    expect(store.getState().racers[0].runner.step).toBe(stopped);
    expect(store.getState().playing).toBe(true);
  });

  it('the race plays on while a racer moves after the store’s own run diverged', () => {
    const store = halfSquare(1);
    store.getState().setRace([
      { optimizer: 'gd', eta: 3 },
      { optimizer: 'gd', eta: 0.1 },
    ]);
    store.getState().play();
    for (let n = 0; n < 20 && store.getState().runner.status !== 'diverged'; n++) store.getState().step(10);
    expect(store.getState().runner.status).toBe('diverged');
    expect(store.getState().playing).toBe(true);
    const before = store.getState().racers[0].runner.step;
    store.getState().step(4);
    expect(store.getState().racers[0].runner.step).toBe(before + 4);
  });

  it('new weights (a click on the map) start every run there', () => {
    const store = createAppStore('round-bowl');
    store.getState().setRace(SIX.slice(0, 4));
    store.getState().step(10);
    store.getState().setWeights([0.5, -1.5]);
    for (const r of store.getState().racers) {
      expect(r.runner.step).toBe(0);
      expect(Array.from(r.runner.w)).toEqual([0.5, -1.5]);
    }
  });

  it('rewindTo(k) takes every racer back to exactly its run of k steps', () => {
    const store = createAppStore('round-bowl');
    store.getState().setMode('minibatch');
    store.getState().setRace(SIX);
    store.getState().step(40);
    expect(store.getState().rewindTo(13)).toBe(true);
    store.getState().racers.forEach((r, q) => {
      expect(r.runner.step).toBe(13);
      expect(Array.from(r.runner.w)).toEqual(Array.from(alone(store, SIX[q + 1], 13).w));
    });
    // Stepping on from there retraces the same runs.
    store.getState().step(7);
    store.getState().racers.forEach((r, q) => expect(Array.from(r.runner.w)).toEqual(Array.from(alone(store, SIX[q + 1], 20).w)));
  });

  it('setRace refuses seven runs, an unknown optimizer, η out of range or not a number, with a notice, changing nothing', () => {
    const store = createAppStore('round-bowl');
    store.getState().setRace(SIX.slice(0, 2));
    const before = store.getState().racers;
    const bad: [RaceRun[], RegExp][] = [
      [[...SIX, { optimizer: 'gd', eta: 0.2 }], /at most 6 runs \(7 were given\)/],
      [[{ optimizer: 'gd', eta: 0.1 }, { optimizer: 'lbfgs' as never, eta: 0.1 }], /run 2 names no optimizer/],
      [[{ optimizer: 'gd', eta: 0.1 }, { optimizer: 'adam', eta: 1e9 }], /run 2's η must be a number/],
      [[{ optimizer: 'adam', eta: true as never }], /run 1's η must be a number/],
    ];
    for (const [runs, why] of bad) {
      expect(store.getState().setRace(runs)).toBe(false);
      expect(store.getState().racers).toBe(before);
      expect(store.getState().notices.at(-1)?.text).toMatch(/^The race was not started/);
      expect(store.getState().notices.at(-1)?.text).toMatch(why);
    }
  });

  it('setRace(null) and a race of one end the race', () => {
    const store = createAppStore('round-bowl');
    store.getState().setRace(SIX.slice(0, 3));
    store.getState().setRace(null);
    expect(store.getState().racers).toEqual([]);
    store.getState().setRace(SIX.slice(0, 3));
    store.getState().setRace([{ optimizer: 'adam', eta: 0.02 }]);
    expect(store.getState().racers).toEqual([]);
    expect(store.getState().optimizer).toBe('adam');
  });
});

describe('the finish', () => {
  it('with a goal, the run whose E first falls to it is named first, at that step', () => {
    const store = halfSquare(1);
    store.getState().setChallenge(0.01);
    store.getState().setRace([
      { optimizer: 'gd', eta: 0.1 },
      { optimizer: 'gd', eta: 0.5 },
    ]);
    store.getState().step(30);
    // E = ½w²: gd at η = 0.5 has w = 0.5ᵏ, E ≤ 0.01 once 0.5·0.25ᵏ ≤ 0.01, k = 3; at η = 0.1, 0.5·0.81ᵏ ≤ 0.01, k = 19.
    expect(store.getState().finishedAt).toEqual([19, 3]);
    expect(raceLeaders(store.getState().finishedAt)).toEqual({ runs: [1], step: 3 });
  });

  it('a rewind before a finish undoes it', () => {
    const store = halfSquare(1);
    store.getState().setChallenge(0.01);
    store.getState().setRace([
      { optimizer: 'gd', eta: 0.1 },
      { optimizer: 'gd', eta: 0.5 },
    ]);
    store.getState().step(30);
    store.getState().rewindTo(2);
    expect(store.getState().finishedAt).toEqual([null, null]);
  });
});
