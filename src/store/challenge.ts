/**
 * A challenge a link sets (`goal=`, `within=`): bring E below `goal` within `within` steps. Pure rules
 * only: what a valid goal and step budget are, how a step decides the challenge (met at the first step
 * whose E is below the goal, at most `within`; missed when the budget is used), and its outcome for a
 * run's step and status. The run slice applies them on every step it takes.
 */
import type { Status } from '../engine';

/** Goals must be below this. */
export const GOAL_MAX = 1e12;
/** Largest step budget. */
export const WITHIN_MAX = 100_000;

/** A challenge and how it went in the current run. */
export interface Challenge {
  /** E must go below this (finite, > 0, < GOAL_MAX). */
  readonly goal: number;
  /** The step budget (a whole number 1 … WITHIN_MAX); null: no step limit. */
  readonly within: number | null;
  /** The first step of this run at which E < goal (at most `within`); null while not met. */
  readonly metAt: number | null;
  /** E at the step that decided it: metAt when met, `within` when the budget was used; null before. */
  readonly endE: number | null;
}

/** How a challenge stands. */
export type ChallengeOutcome = 'pending' | 'met' | 'missed';

/** True for a goal E: a finite number above 0 and below GOAL_MAX. */
export function isGoal(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v < GOAL_MAX;
}

/** True for a step budget: a whole number from 1 to WITHIN_MAX. */
export function isWithin(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= WITHIN_MAX;
}

/** A new, undecided challenge. */
export function newChallenge(goal: number, within: number | null): Challenge {
  return { goal, within, metAt: null, endE: null };
}

/** The same challenge, undecided again, for a new run (Reset, Try again, new weights or settings). */
export function rearm(c: Challenge | null): Challenge | null {
  return c && (c.metAt !== null || c.endE !== null) ? newChallenge(c.goal, c.within) : c;
}

/**
 * The challenge after the run reached `step` with error `E`: met there when E < goal at a step
 * from 1 to `within` (not before any step was taken), missed (its E recorded) when `step` reaches
 * `within` without that; else `c` itself (the same object, so a caller sees nothing changed).
 * A challenge already decided stays as it is.
 */
export function decideStep(c: Challenge, step: number, E: number): Challenge {
  if (c.metAt !== null || c.endE !== null || step < 1) return c;
  const inBudget = c.within === null || step <= c.within;
  if (inBudget && E < c.goal) return { ...c, metAt: step, endE: E };
  if (c.within !== null && step >= c.within) return { ...c, endE: E };
  return c;
}

/**
 * How `c` stands for a run at `step` with `status`: met once a step met it; missed when the run
 * diverged or converged without meeting it, or used its step budget; pending otherwise.
 */
export function challengeOutcome(c: Challenge, run: { step: number; status: Status }): ChallengeOutcome {
  if (c.metAt !== null) return 'met';
  if (run.status === 'diverged' || run.status === 'converged') return 'missed';
  if (c.endE !== null || (c.within !== null && run.step >= c.within)) return 'missed';
  return 'pending';
}
