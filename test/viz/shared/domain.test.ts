/**
 * The curve's horizontal domain: sticky while it still holds every point and is
 * not far too wide, refitted otherwise; non-finite points are ignored. Expected
 * intervals are worked out by hand from the rule "the points' span (at least
 * MIN_SPAN = 1) padded by PAD = 0.25 of it on each side".
 */
import { describe, expect, it } from 'vitest';
import { argMin, fitDomain, type Interval } from '../../../src/viz/shared/domain';

function expectInterval(actual: Interval, lo: number, hi: number): void {
  expect(actual[0]).toBeCloseTo(lo, 12);
  expect(actual[1]).toBeCloseTo(hi, 12);
}

describe('fitDomain', () => {
  it('fitDomain(null, points) pads the points’ span by a quarter on each side', () => {
    // span 2 → pad 0.5
    expectInterval(fitDomain(null, [0, 2]), -0.5, 2.5);
    expectInterval(fitDomain(null, [2, 0, 1]), -0.5, 2.5);
    // span 8 → pad 2
    expectInterval(fitDomain(null, [-3, 5]), -5, 7);
  });

  it('fitDomain widens a single point to a span of at least 1 around it', () => {
    // need [2.5, 3.5], pad 0.25
    expectInterval(fitDomain(null, [3]), 2.25, 3.75);
    // points 0.1 apart: need [−0.45, 0.55]
    expectInterval(fitDomain(null, [0, 0.1]), -0.7, 0.8);
  });

  it('fitDomain keeps a previous domain that still holds the points (sticky)', () => {
    const prev: Interval = [-0.5, 2.5];
    expect(fitDomain(prev, [0.5, 1.5])).toBe(prev);
    expect(fitDomain(prev, [0, 2])).toBe(prev);
    expect(fitDomain(prev, [-0.5, 2.5])).toBe(prev);
    // Several steps of a run inside it: never a new interval.
    let d: Interval = fitDomain(null, [-1, 2]);
    const first = d;
    for (const w of [-1, 0.2, 1.1, 1.6, 1.9, 2]) d = fitDomain(d, [-1, 2, w]);
    expect(d).toBe(first);
  });

  it('fitDomain refits when a point leaves the previous domain', () => {
    const prev: Interval = [-0.5, 2.5];
    // need [0, 3], pad 0.75
    const next = fitDomain(prev, [0, 3]);
    expect(next).not.toBe(prev);
    expectInterval(next, -0.75, 3.75);
    // and on the left
    expectInterval(fitDomain(prev, [-1, 1]), -1.5, 1.5);
  });

  it('fitDomain refits when the previous domain is far too wide', () => {
    const prev: Interval = [-100, 100];
    const next = fitDomain(prev, [0, 1]);
    expect(next).not.toBe(prev);
    expectInterval(next, -0.25, 1.25);
  });

  it('fitDomain keeps a wider domain up to MAX_SLACK times the padded need', () => {
    // need [0, 1] padded is 1.5 wide; 6 × 1.5 = 9 is still kept, wider is not
    const kept: Interval = [-4, 5];
    expect(fitDomain(kept, [0, 1])).toBe(kept);
    const tooWide: Interval = [-4.5, 5];
    expect(fitDomain(tooWide, [0, 1])).not.toBe(tooWide);
  });

  it('fitDomain ignores non-finite points', () => {
    expectInterval(fitDomain(null, [0, Number.NaN, 2, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]), -0.5, 2.5);
    const prev: Interval = [-0.5, 2.5];
    expect(fitDomain(prev, [1, Number.NaN, 1e400])).toBe(prev);
  });

  it('fitDomain with no finite point keeps the previous domain, or gives [−1, 1]', () => {
    const prev: Interval = [3, 4];
    expect(fitDomain(prev, [Number.NaN, Number.POSITIVE_INFINITY])).toBe(prev);
    expect(fitDomain(prev, [])).toBe(prev);
    expect(fitDomain(null, [Number.NaN])).toEqual([-1, 1]);
    expect(fitDomain(null, [])).toEqual([-1, 1]);
  });

  it('fitDomain returns finite, increasing bounds for extreme finite points', () => {
    for (const pts of [[1e300, -1e300], [1e8], [-1e8, 1e8], [0, Number.NaN]]) {
      const d = fitDomain(null, pts);
      expect(Number.isFinite(d[0]) && Number.isFinite(d[1]), `${pts} → ${d}`).toBe(true);
      expect(d[0]).toBeLessThan(d[1]);
    }
  });
});

describe('argMin', () => {
  it('argMin finds the smallest finite value and ignores NaN', () => {
    expect(argMin([3, Number.NaN, 1, 2])).toBe(2);
    expect(argMin([Number.NaN, 5, Number.NEGATIVE_INFINITY, 4])).toBe(3);
    expect(argMin([Number.NaN])).toBe(-1);
    expect(argMin([])).toBe(-1);
  });
});
