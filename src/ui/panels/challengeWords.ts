/** What the challenge bar says: the step count, and the plain sentence when a challenge is met or missed. */
import { formatNumber } from '../../notation';
import type { Challenge, ChallengeOutcome, RunSnapshot } from '../../store';

/** `n step` or `n steps`. */
function steps(n: number): string {
  return `${n.toLocaleString('en')} step${n === 1 ? '' : 's'}`;
}

/** The steps counted while a challenge is pending: "step 7 of 20" (or "step 7" with no step limit). */
export function countText(c: Challenge, step: number): string {
  return c.within === null ? `step ${step.toLocaleString('en')}` : `step ${step.toLocaleString('en')} of ${c.within.toLocaleString('en')}`;
}

/** After the goal in "Challenge: bring E below 0.01 within 20 steps": the budget, or nothing without one. */
export function budgetText(c: Challenge): string {
  return c.within === null ? '' : ` within ${steps(c.within)}`;
}

/**
 * The sentence for a decided challenge (empty while pending), without its ✓ or ✗:
 * "Met: E = 0.0093 < 0.01 at step 12", "Missed: 20 steps and E = 0.8 is still above 0.01", or why the
 * run ended without meeting it.
 */
export function outcomeText(c: Challenge, outcome: ChallengeOutcome, run: Pick<RunSnapshot, 'step' | 'E' | 'status'>): string {
  const goal = formatNumber(c.goal);
  if (outcome === 'met') return `Met: E = ${formatNumber(c.endE ?? run.E)} < ${goal} at step ${(c.metAt ?? run.step).toLocaleString('en')}`;
  if (outcome === 'pending') return '';
  if (c.endE === null && run.status === 'diverged') return `Missed: the run diverged after step ${run.step.toLocaleString('en')}, before E went below ${goal}`;
  if (c.endE === null && run.status === 'converged') return `Missed: the run converged at step ${run.step.toLocaleString('en')} with E = ${formatNumber(run.E)}, not below ${goal}`;
  const E = c.endE ?? run.E;
  const budget = steps(c.within ?? run.step);
  // E below the goal here came only after the budget (a challenge set on a run already past it).
  if (E < c.goal) return `Missed: E was not below ${goal} within ${budget}`;
  return `Missed: ${budget} and E = ${formatNumber(E)} is ${E > c.goal ? 'still above' : 'not below'} ${goal}`;
}
