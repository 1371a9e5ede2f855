/** The newest point of a run's history (the end of its drawn trail), without walking it all. */
import type { History } from '../../engine';

/** The newest point: weights `w` from index `at`, its E and step; null for an empty history. */
export function lastHistoryPoint(h: History): { w: Float64Array; at: number; E: number; step: number } | null {
  const thinStep = h.count > 0 ? h.steps[h.count - 1] : -1;
  if (h.recentCount > 0) {
    const r = (h.recentHead - 1 + h.recentCapacity) % h.recentCapacity;
    if (h.recentSteps[r] > thinStep) return { w: h.recentW, at: r * h.dims, E: h.recentE[r], step: h.recentSteps[r] };
  }
  if (h.count === 0) return null;
  const p = h.count - 1;
  return { w: h.w, at: p * h.dims, E: h.E[p], step: h.steps[p] };
}
