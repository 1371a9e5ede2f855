/** The E-by-step chart's step axis: steady ends that the line grows into. */
import { describe, expect, it } from 'vitest';
import { stepSpan } from '../../../src/viz/chart/ErrorChart';

describe('stepSpan', () => {
  it('stepSpan(n) is the next of 10, 20, 50, 100, … at or past n', () => {
    expect([0, 10, 11, 20, 21, 49, 50, 51, 4984, 5001, 100_000].map(stepSpan)).toEqual([10, 10, 20, 20, 50, 50, 50, 100, 5000, 10_000, 100_000]);
  });

  it('stepSpan(n) holds the line and leaves it at least 40% of the axis', () => {
    for (let n = 10; n < 1e7; n = Math.ceil(n * 1.37)) {
      expect(stepSpan(n)).toBeGreaterThanOrEqual(n);
      expect(n / stepSpan(n)).toBeGreaterThan(0.4);
    }
  });
});
