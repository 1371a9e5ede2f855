/**
 * A bounded record of (step, E, w) for the charts. Memory is fixed at creation:
 * when the buffer fills, every other point is dropped and only every 2nd, 4th, …
 * step is kept from then on, so 100,000 steps cost what 4,096 do. A small ring of
 * the most recent steps is kept exactly, for the trail of the last few updates.
 */

/** Fixed-size buffers of a run's history. */
export interface History {
  readonly capacity: number;
  /** Numbers in one weight vector. */
  readonly dims: number;
  /** Only steps that are multiples of this are kept in the thinned part. */
  stride: number;
  /** Points in the thinned part. */
  count: number;
  readonly steps: Float64Array;
  readonly E: Float64Array;
  /** capacity × dims weights. */
  readonly w: Float64Array;
  /** The exact ring of the latest `recentCapacity` steps. */
  readonly recentCapacity: number;
  recentCount: number;
  /** Where the next recent point goes. */
  recentHead: number;
  readonly recentSteps: Float64Array;
  readonly recentE: Float64Array;
  readonly recentW: Float64Array;
}

/** Default number of thinned points kept. */
export const HISTORY_CAPACITY = 4096;
/** Default number of exact recent points kept. */
export const RECENT_CAPACITY = 64;

/** Allocates a history for weight vectors of length `dims`. */
export function createHistory(dims: number, capacity = HISTORY_CAPACITY, recentCapacity = RECENT_CAPACITY): History {
  const cap = Math.max(2, capacity - (capacity % 2));
  return {
    capacity: cap,
    dims,
    stride: 1,
    count: 0,
    steps: new Float64Array(cap),
    E: new Float64Array(cap),
    w: new Float64Array(cap * dims),
    recentCapacity,
    recentCount: 0,
    recentHead: 0,
    recentSteps: new Float64Array(recentCapacity),
    recentE: new Float64Array(recentCapacity),
    recentW: new Float64Array(recentCapacity * dims),
  };
}

/** Forgets every point. */
export function clearHistory(h: History): void {
  h.stride = 1;
  h.count = 0;
  h.recentCount = 0;
  h.recentHead = 0;
}

/** Halves the thinned part, keeping even positions, and doubles the stride. */
function thin(h: History): void {
  const { dims } = h;
  let out = 0;
  for (let p = 0; p < h.count; p += 2) {
    h.steps[out] = h.steps[p];
    h.E[out] = h.E[p];
    h.w.copyWithin(out * dims, p * dims, p * dims + dims);
    out++;
  }
  h.count = out;
  h.stride *= 2;
}

/** Adds step `step` to the exact ring of recent steps only (the thinned part is left alone). */
export function recordRecent(h: History, step: number, E: number, w: ArrayLike<number>): void {
  const { dims } = h;
  const r = h.recentHead;
  h.recentSteps[r] = step;
  h.recentE[r] = E;
  for (let q = 0; q < dims; q++) h.recentW[r * dims + q] = w[q];
  h.recentHead = (r + 1) % h.recentCapacity;
  if (h.recentCount < h.recentCapacity) h.recentCount++;
}

/** The newest step in the ring of recent steps, or −1 when it is empty. */
export function lastRecentStep(h: History): number {
  return h.recentCount === 0 ? -1 : h.recentSteps[(h.recentHead - 1 + h.recentCapacity) % h.recentCapacity];
}

/** Forgets every point after step `step` (a rewind); the stride stays, so recording goes on as before. */
export function cutHistory(h: History, step: number): void {
  while (h.count > 0 && h.steps[h.count - 1] > step) h.count--;
  while (h.recentCount > 0 && lastRecentStep(h) > step) {
    h.recentHead = (h.recentHead - 1 + h.recentCapacity) % h.recentCapacity;
    h.recentCount--;
  }
}

/** Records the state after step number `step` (0 for the start). Allocates nothing. */
export function recordHistory(h: History, step: number, E: number, w: ArrayLike<number>): void {
  recordRecent(h, step, E, w);
  const { dims } = h;

  if (step % h.stride !== 0) return;
  if (h.count === h.capacity) {
    thin(h);
    if (step % h.stride !== 0) return;
  }
  const p = h.count++;
  h.steps[p] = step;
  h.E[p] = E;
  for (let q = 0; q < dims; q++) h.w[p * dims + q] = w[q];
}

/** One point of history, for drawing. */
export interface HistoryPoint {
  step: number;
  E: number;
  /** The weight at index `index` of the vector. */
  w: number;
}

/**
 * Visits the thinned points and then any newer exact recent points, in step
 * order, allocating nothing: `w[at + q]` is weight q of the point. What every
 * drawing of the history walks, once per frame while playing.
 */
export function forEachHistoryPoint(h: History, visit: (step: number, E: number, w: Float64Array, at: number) => void): void {
  let last = -1;
  for (let p = 0; p < h.count; p++) {
    last = h.steps[p];
    visit(last, h.E[p], h.w, p * h.dims);
  }
  const start = (h.recentHead - h.recentCount + h.recentCapacity) % h.recentCapacity;
  for (let n = 0; n < h.recentCount; n++) {
    const r = (start + n) % h.recentCapacity;
    if (h.recentSteps[r] > last) visit(h.recentSteps[r], h.recentE[r], h.recentW, r * h.dims);
  }
}

/**
 * The thinned points followed by any newer exact recent points, in step order,
 * with weight `index` of each: what a chart of E or of one weight draws.
 */
export function historySeries(h: History, index: number): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  forEachHistoryPoint(h, (step, E, w, at) => out.push({ step, E, w: w[at + index] }));
  return out;
}

/** The exact recent points, oldest first, with weight `index`. */
export function recentSeries(h: History, index: number): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  const start = (h.recentHead - h.recentCount + h.recentCapacity) % h.recentCapacity;
  for (let n = 0; n < h.recentCount; n++) {
    const r = (start + n) % h.recentCapacity;
    out.push({ step: h.recentSteps[r], E: h.recentE[r], w: h.recentW[r * h.dims + index] });
  }
  return out;
}
