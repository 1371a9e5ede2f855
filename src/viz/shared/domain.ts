/**
 * The horizontal domain of the curve view: it must hold where the run started,
 * the bottom of the bowl, the recent trail, the current weight and where the next
 * step lands — and it should not jitter every step. So it is sticky: kept while
 * it still holds all of these and is not far too wide, refitted otherwise.
 */

/** Smallest width of the domain, so a converged run still shows a bowl around it. */
export const MIN_SPAN = 1;
/** Fraction of the needed width added on each side. */
export const PAD = 0.25;
/** Refit when the kept domain is this many times wider than needed. */
export const MAX_SLACK = 6;

/** A closed interval [lo, hi]. */
export type Interval = readonly [number, number];

/** The smallest and largest of the finite `points`, or null when none is finite. */
export function finiteExtent(points: readonly number[]): Interval | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of points) {
    if (!Number.isFinite(p)) continue;
    if (p < lo) lo = p;
    if (p > hi) hi = p;
  }
  return lo > hi ? null : [lo, hi];
}

/** The domain to draw next, given the previous one and the points that must be visible. Non-finite points are ignored. */
export function fitDomain(prev: Interval | null, points: readonly number[]): Interval {
  const extent = finiteExtent(points);
  if (!extent) return prev ?? [-1, 1];
  const [lo, hi] = extent;
  const span = Math.max(hi - lo, MIN_SPAN);
  const mid = lo / 2 + hi / 2; // no overflow near ±Number.MAX_VALUE
  const needLo = Math.min(lo, mid - span / 2);
  const needHi = Math.max(hi, mid + span / 2);
  if (prev) {
    const inside = prev[0] <= needLo && prev[1] >= needHi;
    if (inside && prev[1] - prev[0] <= MAX_SLACK * (needHi - needLo) * (1 + 2 * PAD)) return prev;
  }
  const pad = (needHi - needLo) * PAD;
  return [needLo - pad, needHi + pad];
}

/** Where E is smallest among `values` (index), ignoring non-finite entries; −1 when none is finite. */
export function argMin(values: ArrayLike<number>): number {
  let best = -1;
  for (let g = 0; g < values.length; g++) {
    const v = values[g];
    if (Number.isFinite(v) && (best < 0 || v < values[best])) best = g;
  }
  return best;
}

/** A window over two weights: [x0, x1] × [y0, y1]. */
export interface Window2 {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/**
 * The window of the 2-D views: holds the points with a margin, has the plot's
 * aspect ratio (one unit is as long across as up, so a round bowl looks round and
 * a narrow valley narrow), and is sticky like {@link fitDomain}: kept while it
 * still holds the points and is not more than MAX_SLACK times too wide.
 */
export function fitWindow(prev: Window2 | null, xs: readonly number[], ys: readonly number[], aspect: number): Window2 {
  const box = (vals: readonly number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of vals) {
      if (!Number.isFinite(v)) continue;
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return lo > hi ? [-1, 1] : [lo, hi];
  };
  const [xl, xh] = box(xs);
  const [yl, yh] = box(ys);
  let w = Math.max(xh - xl, MIN_SPAN) * (1 + 2 * PAD);
  let h = Math.max(yh - yl, MIN_SPAN) * (1 + 2 * PAD);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  const cx = xl / 2 + xh / 2;
  const cy = yl / 2 + yh / 2;
  if (prev) {
    const pw = prev.x1 - prev.x0;
    const ph = prev.y1 - prev.y0;
    const sameShape = Math.abs(pw / ph / aspect - 1) < 0.02;
    const holds = prev.x0 <= xl && prev.x1 >= xh && prev.y0 <= yl && prev.y1 >= yh;
    if (sameShape && holds && pw <= MAX_SLACK * w) return prev;
  }
  return { x0: cx - w / 2, x1: cx + w / 2, y0: cy - h / 2, y1: cy + h / 2 };
}
