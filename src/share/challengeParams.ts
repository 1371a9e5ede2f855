/**
 * A challenge's URL parameters: `goal` (E must go below it: a finite number above 0 and below 1e12)
 * and `within` (the step budget: a whole number from 1 to 100,000). Each is read alone here; a
 * `within` without a `goal` is refused where the link is applied (apply.ts).
 */
import { GOAL_MAX, isGoal, isWithin, WITHIN_MAX } from '../store';
import { formatNumber, parseNumber } from '../notation';

/** The parameter names, as in the URL. */
export const CHALLENGE_NAMES = ['goal', 'within'] as const;
/** One of them. */
export type ChallengeName = (typeof CHALLENGE_NAMES)[number];

/** Why each one is refused, for the notice that names it. */
const WHY: Record<ChallengeName, string> = {
  goal: `the goal must be a number above 0 and below ${formatNumber(GOAL_MAX)}`,
  within: `the step budget must be a whole number from 1 to ${WITHIN_MAX.toLocaleString('en')}`,
};

/** The value of challenge parameter `name` read from `text`, or why it is refused. */
export function parseChallengeParam(name: ChallengeName, text: string): { ok: true; value: number } | { ok: false; why: string } {
  const v = parseNumber(text);
  const ok = name === 'goal' ? isGoal(v) : isWithin(v);
  return ok && v !== null ? { ok: true, value: v } : { ok: false, why: WHY[name] };
}
