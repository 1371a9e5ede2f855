/**
 * The five parts one update is taken apart into in step-through mode, in the
 * order they are visited: the math panel highlights each part's formulas and
 * the plot the mark that goes with it.
 */

/** Names of the parts of one update. */
export const STAGES = ['forward', 'error', 'term', 'gradient', 'update'] as const;
/** One part of an update. */
export type StageName = (typeof STAGES)[number];

/** What each part computes, for titles and announcements. */
export const STAGE_TITLES: Record<StageName, string> = {
  forward: 'Forward pass: h and ŷ',
  error: 'Error: y − ŷ and E',
  term: 'Error term: f′(h) and δ',
  gradient: 'Gradient and step: ∂E/∂wᵢ and Δwᵢ',
  update: 'Update: wᵢ + Δwᵢ',
};

/** What each part shows on the curve E(w). */
const ON_CURVE: Record<StageName, string> = {
  forward: 'the point: the current weight',
  error: 'the drop line: E at the current weight',
  term: 'the tangent: the slope ∂E/∂w here',
  gradient: 'the arrow: the step Δw = −η ∂E/∂w',
  update: 'the next point: where the step lands',
};

/** What each part shows on the 2-D views. */
const ON_MAP: Record<StageName, string> = {
  forward: 'the point: the current weights',
  error: 'the point’s level: E at the current weights',
  term: 'the point: δ is worked out there, record by record',
  gradient: 'the arrow: the step Δw = −η ∇E, straight across the level lines',
  update: 'the arrow’s head: where the step lands',
};

/**
 * Whether a value first worked out in part `part` is known at step-through part
 * `stage` (always when step-through is off, `stage` null): values not reached
 * yet are shown nowhere.
 */
export function reached(part: StageName, stage: StageName | null): boolean {
  return stage === null || STAGES.indexOf(stage) >= STAGES.indexOf(part);
}

/** What part `stage` shows on the plot of view `view`. */
export function stagePlotText(stage: StageName, view: string): string {
  return (view === 'curve' ? ON_CURVE : ON_MAP)[stage];
}
