/**
 * The sound's maps: pitch grows with E (evenly in octaves from 220 Hz to 880 Hz, on a log scale
 * when E spans decades), pan grows with w from left to right, and E past the axis top is "beyond".
 */
import { describe, expect, it } from 'vitest';
import { beyond, HIGH_HZ, level, LOW_HZ, panOf, pitchOf } from '../../src/viz/sound/sonify';

describe('pitchOf', () => {
  it('pitchOf runs from 220 Hz at lo to 880 Hz at hi, an octave in the middle of a linear range', () => {
    expect(pitchOf(0, 0, 10)).toBeCloseTo(LOW_HZ, 9);
    expect(pitchOf(10, 0, 10)).toBeCloseTo(HIGH_HZ, 9);
    expect(pitchOf(5, 0, 10)).toBeCloseTo(440, 9);
  });

  it.each([
    [0, 10],
    [0.001, 100],
  ])('pitchOf never decreases as E grows over [%d, %d] (and clamps outside)', (lo, hi) => {
    let prev = -Infinity;
    for (let n = -10; n <= 110; n++) {
      const E = lo + ((hi - lo) * n) / 100;
      const f = pitchOf(E, lo, hi);
      expect(f).toBeGreaterThanOrEqual(prev);
      expect(f).toBeGreaterThanOrEqual(LOW_HZ - 1e-9);
      expect(f).toBeLessThanOrEqual(HIGH_HZ + 1e-9);
      prev = f;
    }
  });

  it('over decades the scale is logarithmic: E = √(lo·hi) sounds in the middle (440 Hz)', () => {
    expect(level(1, 0.01, 100)).toBeCloseTo(0.5, 12);
    expect(pitchOf(1, 0.01, 100)).toBeCloseTo(440, 9);
  });

  it('a non-finite E has no pitch', () => {
    expect(pitchOf(Number.NaN, 0, 1)).toBeNaN();
  });
});

describe('panOf and beyond', () => {
  it('panOf runs from −1 at the left end to 1 at the right, never decreasing, clamped', () => {
    expect(panOf(-2, -2, 2)).toBe(-1);
    expect(panOf(0, -2, 2)).toBe(0);
    expect(panOf(2, -2, 2)).toBe(1);
    let prev = -Infinity;
    for (let w = -3; w <= 3; w += 0.25) {
      const p = panOf(w, -2, 2);
      expect(p).toBeGreaterThanOrEqual(prev);
      prev = p;
    }
    expect(panOf(9, -2, 2)).toBe(1);
  });

  it('beyond(E, top) is true past the top of the axis and for a non-finite E', () => {
    expect(beyond(5, 10)).toBe(false);
    expect(beyond(10, 10)).toBe(false);
    expect(beyond(10.5, 10)).toBe(true);
    expect(beyond(Number.POSITIVE_INFINITY, 10)).toBe(true);
  });
});
