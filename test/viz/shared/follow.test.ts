/**
 * A range that follows the run with hysteresis: it grows at once when what must
 * be visible leaves it, keeps still while that stays inside, shrinks only after
 * the run has stayed within a much smaller range for SETTLE_STEPS steps (at once
 * on a fresh start), and never returns a new object when nothing changed.
 */
import { describe, expect, it } from 'vitest';
import type { Interval } from '../../../src/viz/shared/domain';
import { followRange, SETTLE_STEPS, SHRINK_RATIO, spanOf, type Followed } from '../../../src/viz/shared/follow';

/** The need [lo, hi] fitted with a margin of a quarter of its width on each side. */
function need(lo: number, hi: number, step: number, fresh = false) {
  const pad = (hi - lo) / 4;
  return { need: [lo, hi] as Interval, fitted: [lo - pad, hi + pad] as Interval, step, fresh };
}

describe('followRange', () => {
  it('fits from scratch, then keeps the very same range while the need stays inside', () => {
    const first = followRange(null, need(0, 2, 0));
    expect(first.range).toEqual([-0.5, 2.5]);
    let f: Followed = first;
    for (let step = 1; step < 50; step++) f = followRange(f, need(0.2, 1.8 + (step % 3) * 0.1, step));
    expect(f).toBe(first);
  });

  it('grows at once, in the same call, when the need leaves the range', () => {
    const f = followRange(null, need(0, 2, 0));
    const grown = followRange(f, need(0, 6, 1));
    expect(grown.range).toEqual([-1.5, 7.5]);
    const left = followRange(grown, need(-9, 6, 2));
    expect(left.range[0]).toBeLessThan(-9);
  });

  it(`shrinks only after the run has stayed within a ${SHRINK_RATIO}× smaller range for ${SETTLE_STEPS} steps`, () => {
    // A run that swung out to ±20 and came back to [0, 2].
    let f = followRange(null, need(-20, 20, 0));
    const wide = f.range;
    for (let step = 1; step < SETTLE_STEPS; step++) {
      f = followRange(f, need(0, 2, step));
      expect(f.range).toBe(wide);
    }
    f = followRange(f, need(0, 2, SETTLE_STEPS));
    expect(f.range).toBe(wide);
    f = followRange(f, need(0, 2, SETTLE_STEPS + 1));
    expect(f.range).toEqual([-0.5, 2.5]);
  });

  it('a need that widens again before settling restarts the count (no shrink-grow flicker)', () => {
    let f = followRange(null, need(-20, 20, 0));
    const wide = f.range;
    for (let step = 1; step <= 10; step++) f = followRange(f, need(0, 2, step));
    f = followRange(f, need(-10, 10, 11)); // within a third no more: the count stops
    expect(f.wideSince).toBeNull();
    for (let step = 12; step <= 12 + SETTLE_STEPS - 1; step++) f = followRange(f, need(0, 2, step));
    expect(f.range).toBe(wide);
  });

  it('a range only a little too wide is kept for good', () => {
    let f = followRange(null, need(-3, 3, 0));
    const kept = f.range;
    for (let step = 1; step < 200; step++) f = followRange(f, need(-1, 1.5, step));
    expect(f.range).toBe(kept);
  });

  it('a fresh start (Reset, a new run) shrinks a far too wide range at once', () => {
    const f = followRange(null, need(-20, 20, 30));
    expect(followRange(f, need(0, 2, 0, true)).range).toEqual([-0.5, 2.5]);
    // … but keeps one that still fits reasonably: moving the start does not re-frame.
    const g = followRange(null, need(0, 3, 0));
    expect(followRange(g, need(0.5, 2.5, 0, true))).toBe(g);
  });

  it('a step counter that goes back (a new run) starts the settling again', () => {
    let f = followRange(null, need(-20, 20, 0));
    f = followRange(f, need(0, 2, 100));
    expect(f.wideSince).toBe(100);
    f = followRange(f, need(0, 2, 3));
    expect(f.wideSince).toBe(3);
  });

  it('with nothing finite to show keeps the range it has', () => {
    const f = followRange(null, need(0, 2, 0));
    expect(followRange(f, { need: null, fitted: [-1, 1], step: 5 })).toBe(f);
  });
});

describe('spanOf', () => {
  it('spans the finite points, widened to minSpan around their middle', () => {
    expect(spanOf([3, -1, NaN, 2], 1)).toEqual([-1, 3]);
    expect(spanOf([2, 2.2], 1)).toEqual([1.6, 2.6]);
    expect(spanOf([NaN, Infinity], 1)).toBeNull();
  });
});
