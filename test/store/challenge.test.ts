/**
 * The challenge's pure rules (src/store/challenge.ts), on hand-made cases: valid goals and budgets,
 * a step deciding it (met at the first step with E < goal, at most `within`; missed when the budget is
 * used), and the outcome for a run's step and status.
 */
import { describe, expect, it } from 'vitest';
import { challengeOutcome, decideStep, isGoal, isWithin, newChallenge, rearm } from '../../src/store';

describe('isGoal and isWithin', () => {
  it('a goal is a finite number above 0 and below 1e12', () => {
    for (const v of [1e-12, 0.01, 1, 999_999_999_999]) expect(isGoal(v), String(v)).toBe(true);
    for (const v of [0, -1, 1e12, 2e12, Infinity, NaN, '1', true, null]) expect(isGoal(v), String(v)).toBe(false);
  });
  it('a step budget is a whole number from 1 to 100,000', () => {
    for (const v of [1, 20, 100_000]) expect(isWithin(v), String(v)).toBe(true);
    for (const v of [0, -3, 2.5, 100_001, Infinity, NaN, '20', true]) expect(isWithin(v), String(v)).toBe(false);
  });
});

describe('decideStep', () => {
  const c = newChallenge(0.01, 20);
  it('is met at a step from 1 to within where E < goal, recording the step and its E', () => {
    expect(decideStep(c, 12, 0.0093)).toEqual({ goal: 0.01, within: 20, metAt: 12, endE: 0.0093 });
    expect(decideStep(c, 20, 0.0099)).toEqual({ goal: 0.01, within: 20, metAt: 20, endE: 0.0099 });
    expect(decideStep(c, 1, 0)).toEqual({ goal: 0.01, within: 20, metAt: 1, endE: 0 });
  });
  it('is not met by E equal to the goal, nor at step 0 (no step taken), nor past the budget (missed there)', () => {
    expect(decideStep(c, 7, 0.01)).toBe(c);
    expect(decideStep(c, 0, 0.001)).toBe(c);
    expect(decideStep(c, 21, 0.001)).toEqual({ goal: 0.01, within: 20, metAt: null, endE: 0.001 });
  });
  it('is missed at the step that uses the budget, recording that step’s E', () => {
    expect(decideStep(c, 20, 0.8)).toEqual({ goal: 0.01, within: 20, metAt: null, endE: 0.8 });
    expect(decideStep(c, 19, 0.8)).toBe(c);
  });
  it('without a step limit is met at any step, and never missed by a budget', () => {
    const open = newChallenge(1, null);
    expect(decideStep(open, 5000, 2)).toBe(open);
    expect(decideStep(open, 5001, 0.5)).toEqual({ goal: 1, within: null, metAt: 5001, endE: 0.5 });
  });
  it('leaves a decided challenge as it is', () => {
    const met = decideStep(c, 3, 0.001);
    expect(decideStep(met, 4, 0.0001)).toBe(met);
    const missed = decideStep(c, 20, 5);
    expect(decideStep(missed, 21, 0.001)).toBe(missed);
  });
});

describe('challengeOutcome', () => {
  const c = newChallenge(0.01, 20);
  it('is pending before the budget is used, met once a step met it, missed once the budget is used', () => {
    expect(challengeOutcome(c, { step: 0, status: 'running' })).toBe('pending');
    expect(challengeOutcome(c, { step: 19, status: 'running' })).toBe('pending');
    expect(challengeOutcome({ ...c, metAt: 12, endE: 0.0093 }, { step: 30, status: 'running' })).toBe('met');
    expect(challengeOutcome({ ...c, endE: 0.8 }, { step: 20, status: 'running' })).toBe('missed');
    expect(challengeOutcome(c, { step: 20, status: 'running' })).toBe('missed');
  });
  it('is missed when the run diverged or converged without meeting it; met stays met', () => {
    expect(challengeOutcome(c, { step: 3, status: 'diverged' })).toBe('missed');
    expect(challengeOutcome(newChallenge(0.01, null), { step: 140, status: 'converged' })).toBe('missed');
    expect(challengeOutcome({ ...c, metAt: 2, endE: 0.001 }, { step: 9, status: 'diverged' })).toBe('met');
  });
  it('rearm makes a decided challenge undecided again, and keeps an undecided one as it is', () => {
    expect(rearm({ ...c, metAt: 12, endE: 0.0093 })).toEqual(c);
    expect(rearm(c)).toBe(c);
    expect(rearm(null)).toBeNull();
  });
});
