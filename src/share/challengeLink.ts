/**
 * "Copy as a challenge": a link to the current problem from the current run's start, with a challenge
 * the run itself shows can be met — goal = the smallest number of two significant digits above the E
 * the run reached (E at the start ÷ 10 when no step was taken yet), within = the steps taken (20 when
 * none). The link leaves out η and the optimizer: finding them is the challenge.
 */
import { GOAL_MAX, WITHIN_MAX, type AppState } from '../store';
import { HYPER_NAMES } from './optimizerParams';
import { stateParams } from './link';

/** The step budget of a challenge made before any step was taken. */
export const DEFAULT_WITHIN = 20;
/** The goal when E is 0 (a perfect fit): any step that keeps it so meets it. */
const SMALLEST_GOAL = 1e-12;

/** The smallest number of two significant digits strictly above `v` (> 0, finite); SMALLEST_GOAL for 0. */
export function twoDigitsAbove(v: number): number {
  if (!(v > 0)) return SMALLEST_GOAL;
  const unit = 10 ** (Math.floor(Math.log10(v)) - 1);
  const n = Math.ceil(v / unit);
  const up = (k: number) => Number((k * unit).toPrecision(2));
  return up(n) > v ? up(n) : up(n + 1);
}

/** The challenge the run of `s` suggests (see the module's comment). */
export function suggestedChallenge(s: AppState): { goal: number; within: number } {
  const { step, E } = s.snapshot;
  const reached = step > 0 ? E : E / 10;
  // Within the ranges a link accepts (challenge.ts): below GOAL_MAX, at most WITHIN_MAX steps.
  const goal = Math.min(twoDigitsAbove(reached), Number((GOAL_MAX * 0.99).toPrecision(2)));
  return { goal, within: step > 0 ? Math.min(step, WITHIN_MAX) : DEFAULT_WITHIN };
}

/** The challenge link to `s` from the page at `base` (its address without query or fragment). */
export function challengeLink(s: AppState, base: string): string {
  // The problem from this run's start, at step 0, as a saved state is written.
  const p = stateParams({ ...s, replayable: true, snapshot: { ...s.snapshot, step: 0, status: 'running' } });
  for (const name of ['steps', 'eta', 'opt', 'goal', 'within', ...HYPER_NAMES]) p.delete(name);
  const { goal, within } = suggestedChallenge(s);
  p.set('goal', String(goal));
  p.set('within', String(within));
  return `${base}#${p.toString()}`;
}
