/**
 * The plotted window fixed by a link (`window=`) or by `set`: the rule of what
 * such a window is, and the selector that gives it only for the problem it was
 * set for (a new problem, new records, standardizing, drops it).
 */
import type { AppState } from './types';

/** Largest |value| of a window bound. */
export const WINDOW_LIMIT = 1e6;

/** True for 2 or 4 finite numbers within ±WINDOW_LIMIT, each pair from < to. */
export function isWindowValues(values: readonly number[]): boolean {
  if (values.length !== 2 && values.length !== 4) return false;
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= WINDOW_LIMIT)) return false;
  return values[0] < values[1] && (values.length === 2 || values[2] < values[3]);
}

/** The fixed window's values (from, to across, then optionally from, to up) while it holds; null when the plots follow the run. */
export function fixedWindowOf(s: Pick<AppState, 'plotWindow' | 'problem'>): readonly number[] | null {
  return s.plotWindow && s.plotWindow.problem === s.problem ? s.plotWindow.values : null;
}
