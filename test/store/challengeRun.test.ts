/**
 * A challenge in the store: a playing run (the play loop's repeated `step(n)`) stops at the step where E
 * first goes below the goal, or where the step budget is used, and records it; Reset keeps the challenge
 * and re-arms it; a new problem drops it. E at each step is derived here from the bowl's formula, not
 * read from the app: E(w) = ½ Σ (y − w x)² with x = 0.5, 1, 1.5, 2 and y = 1.1, 1.9, 3.2, 3.9, w₀ = −1,
 * and batch descent w ← w + η (15.05 − 7.5 w) (Σ x y = 15.05, Σ x² = 7.5).
 */
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/store';

const X = [0.5, 1, 1.5, 2];
const Y = [1.1, 1.9, 3.2, 3.9];

/** E of the bowl at weight w. */
const bowlE = (w: number) => 0.5 * X.reduce((sum, x, mu) => sum + (Y[mu] - w * x) ** 2, 0);

/** The first step k ≥ 1 with E < goal (within `limit` steps), from w₀ = −1 at learning rate η; null if none. */
function firstBelow(goal: number, eta: number, limit: number): { step: number; E: number } | null {
  let w = -1;
  for (let k = 1; k <= limit; k++) {
    w += eta * (15.05 - 7.5 * w);
    if (bowlE(w) < goal) return { step: k, E: bowlE(w) };
  }
  return null;
}

/** Plays as the play loop does: step(n) until the run pauses (at most `calls` calls). */
function play(store: AppStore, n: number, calls = 100): void {
  store.getState().play();
  for (let i = 0; i < calls && store.getState().playing; i++) store.getState().step(n);
}

describe('a challenge on the bowl (η = 0.1)', () => {
  it('the hand values: w₁ = 1.255 (E ≈ 2.154), w₂ = 1.81875 (E ≈ 0.1673), so goal 1 is first met at step 2 and goal 0.04 at step 4', () => {
    expect(bowlE(-0.25 + 1.505)).toBeCloseTo(2.1536, 4);
    expect(bowlE(0.25 * 1.255 + 1.505)).toBeCloseTo(0.167256, 5);
    expect(firstBelow(1, 0.1, 20)?.step).toBe(2);
    expect(firstBelow(0.04, 0.1, 20)?.step).toBe(4);
  });

  for (const [goal, n] of [[1, 3], [0.04, 3], [0.04, 1], [0.04, 50]] as const) {
    it(`playing with step(${n}) stops where E first goes below ${goal}, and records that step and its E`, () => {
      const expected = firstBelow(goal, 0.1, 20)!;
      const store = createAppStore('bowl');
      expect(store.getState().setChallenge(goal, 20)).toBe(true);
      play(store, n);
      const s = store.getState();
      expect(s.playing).toBe(false);
      expect(s.snapshot.step).toBe(expected.step);
      expect(s.challenge).toEqual({ goal, within: 20, metAt: expected.step, endE: expect.closeTo(expected.E, 10) });
      expect(s.snapshot.E).toBeCloseTo(expected.E, 10);
      // Decided, the challenge no longer stops the run: Play goes on.
      store.getState().play();
      store.getState().step(3);
      expect(store.getState().playing).toBe(true);
      // (React's snapshot is throttled while playing; every frame's is on the channel.)
      expect(store.getState().frames.current.step).toBe(expected.step + 3);
      expect(store.getState().challenge?.metAt).toBe(expected.step);
    });
  }

  it('playing stops where the budget is used (η = 0.01, goal 0.01 below E’s minimum ≈ 0.035: missed after 5 steps)', () => {
    // E_min = ½ (Σ y² − (Σ x y)² / Σ x²) = ½ (30.27 − 15.05² / 7.5) ≈ 0.03499 > 0.01: no η meets this goal.
    expect(0.5 * (30.27 - 15.05 ** 2 / 7.5)).toBeGreaterThan(0.01);
    const store = createAppStore('bowl');
    store.getState().setEta(0.01);
    store.getState().setChallenge(0.01, 5);
    play(store, 3);
    const s = store.getState();
    expect(s.playing).toBe(false);
    expect(s.snapshot.step).toBe(5);
    let w = -1;
    for (let k = 0; k < 5; k++) w += 0.01 * (15.05 - 7.5 * w);
    expect(s.challenge).toEqual({ goal: 0.01, within: 5, metAt: null, endE: expect.closeTo(bowlE(w), 10) });
  });

  it('steps taken while paused are all taken (a link’s steps=), the challenge decided on the way', () => {
    const store = createAppStore('bowl');
    store.getState().setChallenge(1, 20);
    expect(store.getState().step(10)).toBe(10);
    expect(store.getState().challenge?.metAt).toBe(2);
  });

  it('Reset keeps the challenge, undecided again; η and the optimizer stay; a new preset or new data drop it', () => {
    const store = createAppStore('bowl');
    store.getState().setEta(0.2);
    store.getState().setOptimizer('momentum');
    store.getState().setChallenge(1, 20);
    play(store, 5);
    expect(store.getState().challenge?.metAt).not.toBeNull();
    store.getState().reset();
    let s = store.getState();
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([-1]);
    expect(s.eta).toBe(0.2);
    expect(s.optimizer).toBe('momentum');
    expect(s.challenge).toEqual({ goal: 1, within: 20, metAt: null, endE: null });
    // New starting weights alone keep it too; new data or a preset drop it.
    s.setWeights([0.5]);
    expect(store.getState().challenge).toEqual({ goal: 1, within: 20, metAt: null, endE: null });
    s.loadProblem({ x: [[1]], y: [[2]] });
    expect(store.getState().challenge).toBeNull();
    store.getState().setChallenge(1, null);
    store.getState().loadPreset('bowl');
    s = store.getState();
    expect(s.challenge).toBeNull();
  });

  it('setChallenge refuses a goal or budget out of range, and null drops the challenge', () => {
    const store = createAppStore('bowl');
    for (const [goal, within] of [[0, 5], [-1, 5], [1e12, 5], [Number.NaN, null], [1, 0], [1, 2.5], [1, 100_001]] as const) {
      expect(store.getState().setChallenge(goal, within), `${goal}, ${within}`).toBe(false);
    }
    expect(store.getState().challenge).toBeNull();
    expect(store.getState().setChallenge(1)).toBe(true);
    expect(store.getState().challenge).toEqual({ goal: 1, within: null, metAt: null, endE: null });
    store.getState().setChallenge(null);
    expect(store.getState().challenge).toBeNull();
  });

  it('a rewind before the deciding step opens the challenge again, and stepping on decides it anew', () => {
    const store = createAppStore('bowl');
    store.getState().setChallenge(1, 20);
    play(store, 1);
    expect(store.getState().challenge?.metAt).toBe(2);
    expect(store.getState().rewindTo(1)).toBe(true);
    expect(store.getState().challenge?.metAt).toBeNull();
    store.getState().step(1);
    expect(store.getState().challenge?.metAt).toBe(2);
  });

  it('a run that converges before meeting the goal has missed it, and steps after do not turn it into a met', () => {
    // On the bowl the bottom is E(15.05/7.5) > 0: a goal below it can never be met; the run converges first.
    const bottom = bowlE(15.05 / 7.5);
    const store = createAppStore('bowl');
    store.getState().setChallenge(bottom / 2, null);
    store.getState().step(2000);
    const s = store.getState();
    expect(s.snapshot.status).toBe('converged');
    expect(s.challenge?.endE).not.toBeNull();
    expect(s.challenge?.metAt).toBeNull();
  });
});

