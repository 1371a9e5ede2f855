/**
 * The curve view's window (useCurveWindow): it follows the run with hysteresis
 * — grows on leaving, shrinks only after settling, at once on a fresh run —
 * starts over on a new problem, holds still while the marker is dragged, is
 * exactly a link's fixed range, and Fit frames the run from scratch. The E axis
 * fits the curve and grows at once, but does not shrink on a wobble.
 */
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTLE_STEPS } from '../../../src/viz/shared/follow';
import { useCurveWindow, type CurveWindowInput } from '../../../src/viz/curve/useCurveWindow';

const run = {};
const base: CurveWindowInput = { family: 'p1', runner: run, step: 0, points: [-1, 2], frozen: false, fixed: null };

function setup(initial: CurveWindowInput = base) {
  return renderHook((p: CurveWindowInput) => useCurveWindow(p), { initialProps: initial });
}

describe('useCurveWindow', () => {
  it('grows at once when a point leaves it, and keeps still while the run stays inside', () => {
    const h = setup();
    const first = h.result.current.domain;
    expect(first[0]).toBeLessThan(-1);
    expect(first[1]).toBeGreaterThan(2);
    h.rerender({ ...base, step: 1, points: [-1, 2, 1.5] });
    expect(h.result.current.domain).toBe(first);
    h.rerender({ ...base, step: 2, points: [-1, 2, 9] });
    expect(h.result.current.domain[1]).toBeGreaterThan(9);
  });

  it('shrinks back only after the run has stayed in a much smaller range for a while', () => {
    const h = setup({ ...base, points: [-1, 2, -30, 30] });
    const wide = h.result.current.domain;
    for (let step = 1; step <= SETTLE_STEPS; step++) {
      h.rerender({ ...base, step, points: [-1, 2] });
      expect(h.result.current.domain).toBe(wide);
    }
    h.rerender({ ...base, step: SETTLE_STEPS + 1, points: [-1, 2] });
    expect(h.result.current.domain[1] - h.result.current.domain[0]).toBeLessThan(5);
  });

  it('a new run (Reset) shrinks a far too wide window at once', () => {
    const h = setup({ ...base, step: 40, points: [-1, 2, -30, 30] });
    h.rerender({ ...base, runner: {}, step: 0, points: [-1, 2] });
    expect(h.result.current.domain[1] - h.result.current.domain[0]).toBeLessThan(5);
  });

  it('starts over on a new problem', () => {
    const h = setup({ ...base, points: [-1, 2, 4] });
    const before = h.result.current.domain;
    h.rerender({ ...base, family: 'p2', points: [10, 11] });
    const after = h.result.current.domain;
    expect(after).not.toBe(before);
    expect(after[0]).toBeGreaterThan(9);
  });

  it('holds still while the marker is dragged, even past its edge', () => {
    const h = setup();
    const first = h.result.current.domain;
    h.rerender({ ...base, runner: {}, points: [-1, 2, 40], frozen: true });
    expect(h.result.current.domain).toBe(first);
  });

  it('is exactly a fixed range, wherever the run goes; Fit frames the run from scratch', () => {
    const h = setup({ ...base, fixed: [-3, 7] });
    expect(h.result.current.domain).toEqual([-3, 7]);
    h.rerender({ ...base, fixed: [-3, 7], step: 3, points: [-1, 2, 40] });
    expect(h.result.current.domain).toEqual([-3, 7]);
    // Fit: the caller lets go of the fixed range in the same event.
    act(() => {
      h.result.current.fit();
      h.rerender({ ...base, step: 3, points: [-1, 2] });
    });
    expect(h.result.current.domain[0]).toBeGreaterThan(-3);
    expect(h.result.current.domain[1]).toBeLessThan(7);
  });

  it('the E axis fits the curve, grows at once, and does not shrink on a wobble', () => {
    const h = setup();
    const top = h.result.current.eTop(10);
    expect(top).toBeCloseTo(10.8, 9);
    h.rerender({ ...base, step: 1 });
    expect(h.result.current.eTop(9)).toBe(top);
    h.rerender({ ...base, step: 2 });
    expect(h.result.current.eTop(20)).toBeGreaterThan(20);
  });
});
