/** cutHistory: a rewind forgets the points after a step, and recording then goes on from there. */
import { describe, expect, it } from 'vitest';
import { createHistory, cutHistory, historySeries, lastRecentStep, recordHistory } from '../../src/engine';

const eOf = (step: number) => 1 / (1 + step);

describe('cutHistory', () => {
  it('keeps exactly the points up to the step, thinned and recent', () => {
    const h = createHistory(1, 64, 8);
    for (let step = 0; step <= 500; step++) recordHistory(h, step, eOf(step), [step]);
    cutHistory(h, 203);
    const series = historySeries(h, 0);
    expect(series.every((p) => p.step <= 203)).toBe(true);
    expect(series.filter((p) => p.step > 200).map((p) => p.step)).toEqual([]);
    expect(lastRecentStep(h)).toBe(-1);
    for (const p of series) expect(p.E).toBe(eOf(p.step));
  });

  it('a cut inside the recent ring keeps its earlier points, and recording continues after the cut', () => {
    const h = createHistory(1, 64, 8);
    for (let step = 0; step <= 20; step++) recordHistory(h, step, eOf(step), [step]);
    cutHistory(h, 17);
    expect(lastRecentStep(h)).toBe(17);
    recordHistory(h, 18, 99, [18]);
    const series = historySeries(h, 0);
    expect(series.map((p) => p.step)).toEqual(Array.from({ length: 19 }, (_, s) => s));
    expect(series[18].E).toBe(99);
  });
});
