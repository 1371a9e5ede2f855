/**
 * A plotted range that follows the run with hysteresis, so the axes keep their
 * meaning: it grows at once when what must be visible leaves it, but shrinks only
 * when everything has stayed within a much smaller range for SETTLE_STEPS steps
 * (or at once on a fresh start: Reset, a new run). Between those it does not move,
 * so the axes never jitter from one frame to the next.
 */
import { finiteExtent, type Interval } from './domain';

/** Shrink when the range is more than this many times as wide as the fitted need. */
export const SHRINK_RATIO = 3;
/** Steps the run must stay within a much smaller range before the range shrinks. */
export const SETTLE_STEPS = 20;

/** The followed range, and the step since which it has been far too wide (null: it is not). */
export interface Followed {
  readonly range: Interval;
  readonly wideSince: number | null;
}

/** What the range must show now. */
export interface FollowNeed {
  /** The smallest interval that holds what must be visible (null: nothing finite to show). */
  need: Interval | null;
  /** The range to take when (re)fitting: `need` with its margins. */
  fitted: Interval;
  /** The run's step (the clock of the settling). */
  step: number;
  /** A fresh start (Reset, a new run, the domain changed): shrink at once if far too wide. */
  fresh?: boolean;
}

const width = (r: Interval) => r[1] - r[0];

/** The range to draw next given the previous one (null: fit from scratch). Returns `prev` itself when nothing changes. */
export function followRange(prev: Followed | null, { need, fitted, step, fresh = false }: FollowNeed): Followed {
  if (!need) return prev ?? { range: fitted, wideSince: null };
  if (!prev) return { range: fitted, wideSince: null };
  const [lo, hi] = prev.range;
  // Grow at once: a point outside the axes is a point nobody sees.
  if (need[0] < lo || need[1] > hi) return { range: fitted, wideSince: null };
  if (!(width(prev.range) > SHRINK_RATIO * width(fitted))) return prev.wideSince === null ? prev : { range: prev.range, wideSince: null };
  if (fresh) return { range: fitted, wideSince: null };
  // Far too wide: shrink once it has been so for a while (the step counter going back is a new run).
  const since = prev.wideSince !== null && prev.wideSince <= step ? prev.wideSince : step;
  if (step - since >= SETTLE_STEPS) return { range: fitted, wideSince: null };
  return since === prev.wideSince ? prev : { range: prev.range, wideSince: since };
}

/** The smallest interval holding the finite `points`, at least `minSpan` wide around their middle; null when none is finite. */
export function spanOf(points: readonly number[], minSpan: number): Interval | null {
  const extent = finiteExtent(points);
  if (!extent) return null;
  const [lo, hi] = extent;
  if (hi - lo >= minSpan) return [lo, hi];
  const mid = lo / 2 + hi / 2; // no overflow near ±Number.MAX_VALUE
  return [Math.min(lo, mid - minSpan / 2), Math.max(hi, mid + minSpan / 2)];
}
