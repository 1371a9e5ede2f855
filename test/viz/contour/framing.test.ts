/**
 * The contour map's framing: moving the start (a click, a drag) keeps the very
 * same window and levels; a new problem, Fit, a fixed window, a zoom, a new
 * shape, or the run's point leaving the window re-frame it, each named; levels
 * come from the framing's first grid (or a finer grid of its first pass) only.
 */
import { describe, expect, it } from 'vitest';
import type { Window2 } from '../../../src/viz/shared/domain';
import { adoptLevels, framingKey, nextFraming, reshape, type FrameInput, type Framing } from '../../../src/viz/contour/framing';

const fitted: Window2 = { x0: -2, x1: 2, y0: -2, y1: 2 };
const input: FrameInput = { family: 'p|linear|sse|0|1', aspect: 1, zoom: '', fixed: null, point: [0.5, 0.5], frozen: false, refit: false, fit: () => fitted };

function first(): Framing {
  return nextFraming(null, input);
}

describe('nextFraming', () => {
  it('a click or drag inside the window (a new start) keeps the same framing', () => {
    const f = first();
    expect(f.reason).toBe('first');
    for (const point of [[1.9, -1.9], [-1, 1], [0, 0]] as const) {
      const moved = nextFraming(f, { ...input, point, fit: () => ({ x0: point[0] - 1, x1: point[0] + 1, y0: point[1] - 1, y1: point[1] + 1 }) });
      expect(moved).toBe(f);
    }
  });

  it('the run leaving the window re-frames it around the run (not while zoomed, dragged or fixed)', () => {
    const f = first();
    const around: Window2 = { x0: 2, x1: 6, y0: -2, y1: 2 };
    const left = nextFraming(f, { ...input, point: [3, 0], fit: () => around });
    expect(left.reason).toBe('left');
    expect(left.base).toEqual(around);
    expect(left.id).toBe(f.id + 1);
    expect(left.levels).toBeNull();
    const zoomedIn = nextFraming(f, { ...input, zoom: '2,0,0' });
    expect(nextFraming(zoomedIn, { ...input, zoom: '2,0,0', point: [3, 0] })).toBe(zoomedIn);
    expect(nextFraming(f, { ...input, point: [3, 0], frozen: true })).toBe(f);
  });

  it('a new problem, Fit, a zoom or a new shape re-frame it, each named', () => {
    const f = first();
    expect(nextFraming(f, { ...input, family: 'q|linear|sse|0|1' }).reason).toBe('family');
    expect(nextFraming(f, { ...input, refit: true }).reason).toBe('fit');
    const zoom = nextFraming(f, { ...input, zoom: '2,10,0' });
    expect(zoom.reason).toBe('zoom');
    expect(zoom.base).toBe(f.base);
    const shape = nextFraming(f, { ...input, aspect: 2 });
    expect(shape.reason).toBe('shape');
    expect((shape.base.x1 - shape.base.x0) / (shape.base.y1 - shape.base.y0)).toBeCloseTo(2, 9);
  });

  it('a fixed window is the base window exactly; with one pair the height keeps the aspect around the run', () => {
    const f = nextFraming(first(), { ...input, fixed: [-3, 7, -1, 4] });
    expect(f.reason).toBe('fixed');
    expect(f.base).toEqual({ x0: -3, x1: 7, y0: -1, y1: 4 });
    // The run leaving a fixed window does not re-frame it.
    expect(nextFraming(f, { ...input, fixed: [-3, 7, -1, 4], point: [50, 50] })).toBe(f);
    const one = nextFraming(null, { ...input, aspect: 2, fixed: [0, 10] });
    expect(one.base).toEqual({ x0: 0, x1: 10, y0: -2.5, y1: 2.5 });
  });

  it('reshape keeps the middle and the area', () => {
    const r = reshape({ x0: 0, x1: 4, y0: 0, y1: 1 }, 1);
    expect(r).toEqual({ x0: 1, x1: 3, y0: -0.5, y1: 1.5 });
  });
});

describe('adoptLevels', () => {
  const grid = (id: number, G: number, levels: number[]) => ({ key: `k|win${framingKey(id)}`, G, geometry: { levels } });

  it('takes the first grid of the framing, then a finer one of its first pass, then keeps them', () => {
    const f = first();
    const coarse = adoptLevels(f, grid(f.id, 41, [1, 2, 4]));
    expect(coarse.levels).toEqual([1, 2, 4]);
    const fine = adoptLevels(coarse, grid(f.id, 121, [1.1, 2, 4]));
    expect(fine.levels).toEqual([1.1, 2, 4]);
    // Later grids of the framing (a held weight moved) are traced at these levels: nothing changes.
    expect(adoptLevels(fine, grid(f.id, 81, [1.1, 2, 4]))).toBe(fine);
    expect(adoptLevels(fine, grid(f.id, 121, [1.1, 2, 4]))).toBe(fine);
  });

  it('ignores grids of another framing and grids with fewer than two levels', () => {
    const f = first();
    expect(adoptLevels(f, grid(f.id + 1, 41, [1, 2]))).toBe(f);
    expect(adoptLevels(f, grid(f.id, 41, [1]))).toBe(f);
    expect(adoptLevels(f, null)).toBe(f);
  });
});
