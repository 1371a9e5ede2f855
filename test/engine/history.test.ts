import { describe, expect, it } from 'vitest';
import { clearHistory, createHistory, forEachHistoryPoint, historySeries, recentSeries, recordHistory, RECENT_CAPACITY } from '../../src/engine';

// Each recorded point is a known function of its step, so any point read back can be checked.
const eOf = (step: number) => 1 / (1 + step);
const wOf = (step: number) => [step, -2 * step, step % 7];

function recordSteps(last: number, capacity?: number) {
  const h = createHistory(3, capacity);
  for (let step = 0; step <= last; step++) recordHistory(h, step, eOf(step), wOf(step));
  return h;
}

describe('history', () => {
  it('recordHistory(h, …) over 100,000 steps stays within capacity with a power-of-two stride', () => {
    const h = recordSteps(100_000);
    expect(h.count).toBeGreaterThan(h.capacity / 4);
    expect(h.count).toBeLessThanOrEqual(h.capacity);
    expect(Number.isInteger(Math.log2(h.stride))).toBe(true);
    expect(h.stride).toBeGreaterThan(1);
    // Thinned points cover the run evenly: every multiple of the stride, from step 0.
    for (let p = 0; p < h.count; p++) {
      expect(h.steps[p]).toBe(p * h.stride);
      expect(h.E[p]).toBe(eOf(h.steps[p]));
      expect(Array.from(h.w.subarray(p * 3, p * 3 + 3))).toEqual(wOf(h.steps[p]));
    }
  });

  it('historySeries(h, i) starts at step 0, increases strictly and ends with the latest step', () => {
    const h = recordSteps(100_000);
    for (const index of [0, 1, 2]) {
      const series = historySeries(h, index);
      expect(series[0]).toEqual({ step: 0, E: 1, w: wOf(0)[index] });
      for (let p = 1; p < series.length; p++) expect(series[p].step).toBeGreaterThan(series[p - 1].step);
      expect(series[series.length - 1].step).toBe(100_000);
      for (const pt of series) {
        expect(pt.E).toBe(eOf(pt.step));
        expect(pt.w).toBe(wOf(pt.step)[index]);
      }
    }
  });

  it('forEachHistoryPoint(h, visit) visits the thinned points then the newer recent ones, each with its whole weight vector', () => {
    for (const last of [0, 40, 100, 5_000, 100_000]) {
      const h = recordSteps(last, 256);
      const seen: { step: number; E: number; w: number[] }[] = [];
      forEachHistoryPoint(h, (step, E, w, at) => seen.push({ step, E, w: Array.from(w.subarray(at, at + 3)) }));
      expect(seen[0].step).toBe(0);
      expect(seen[seen.length - 1].step).toBe(last);
      for (let p = 1; p < seen.length; p++) expect(seen[p].step).toBeGreaterThan(seen[p - 1].step);
      for (const pt of seen) {
        expect(pt.E).toBe(eOf(pt.step));
        expect(pt.w).toEqual(wOf(pt.step));
      }
      // The exact ring's steps after the last thinned one are all there, and nothing twice.
      const steps = new Set(seen.map((p) => p.step));
      expect(steps.size).toBe(seen.length);
      const lastThinned = h.steps[h.count - 1];
      expect(last - lastThinned).toBeLessThan(h.stride);
      for (let step = Math.max(lastThinned, last - RECENT_CAPACITY + 1); step <= last; step++) expect(steps.has(step)).toBe(true);
    }
  });

  it('recentSeries(h, i) returns exactly the last 64 steps, oldest first', () => {
    const h = recordSteps(100_000);
    const recent = recentSeries(h, 1);
    expect(RECENT_CAPACITY).toBe(64);
    expect(recent.map((pt) => pt.step)).toEqual(Array.from({ length: 64 }, (_, i) => 100_000 - 63 + i));
    for (const pt of recent) {
      expect(pt.E).toBe(eOf(pt.step));
      expect(pt.w).toBe(wOf(pt.step)[1]);
    }
  });

  it('recentSeries(h, i) before the ring fills returns every step recorded', () => {
    const h = recordSteps(9);
    expect(recentSeries(h, 0).map((pt) => pt.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(historySeries(h, 0).map((pt) => pt.step)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('recordHistory(h, …) with a small capacity thins to every 2nd, 4th … step', () => {
    const h = recordSteps(100, 8);
    expect(h.count).toBeLessThanOrEqual(8);
    expect(h.stride).toBe(16); // 8 points at stride 16 cover steps 0…112 ≥ 100; stride 8 covers only 0…56
    expect(Array.from(h.steps.subarray(0, h.count))).toEqual([0, 16, 32, 48, 64, 80, 96]);
  });

  it('clearHistory(h) empties both parts and recording starts afresh', () => {
    const h = recordSteps(10_000);
    clearHistory(h);
    expect(h.count).toBe(0);
    expect(h.stride).toBe(1);
    expect(historySeries(h, 0)).toEqual([]);
    expect(recentSeries(h, 0)).toEqual([]);
    recordHistory(h, 0, 2, [1, 2, 3]);
    recordHistory(h, 1, 1, [4, 5, 6]);
    expect(historySeries(h, 2)).toEqual([
      { step: 0, E: 2, w: 3 },
      { step: 1, E: 1, w: 6 },
    ]);
  });
});
