/** The 3-D bowl's geometry: a height scale without a crease, and a box that fits the canvas at every yaw. */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/viz/contour/contourPaths';
import { heightScale, projector } from '../../../src/viz/bowl3d/projection';

describe('heightScale', () => {
  const values = Float64Array.from({ length: 1000 }, (_, n) => n * n * 1e-3); // 0 … 998, the 90th percentile 810
  const z = heightScale(values);

  it('runs from 0 at the lowest E, linear at first, and never reaches 1', () => {
    expect(z.lo).toBe(0);
    expect(z.top).toBeCloseTo(810, 9);
    expect(z(0)).toBe(0);
    expect(z(405)).toBeCloseTo(0.5, 12);
    expect(z(810)).toBeLessThan(1);
    expect(z(1e12)).toBeLessThanOrEqual(1);
    expect(z(NaN)).toBe(1);
    expect(z(Infinity)).toBe(1);
  });

  it('has no crease: rising, with a slope that does not jump at the knee', () => {
    let last = -1;
    let lastSlope = Infinity;
    for (let e = 0; e <= 2000; e += 5) {
      const h = z(e);
      expect(h).toBeGreaterThan(last);
      const slope = (z(e + 1e-3) - z(e - 1e-3)) / 2e-3;
      // The slope never grows and never drops by more than a step's worth (a clip would drop it to 0 at once).
      if (e > 0) {
        expect(slope).toBeLessThanOrEqual(lastSlope + 1e-9);
        expect(lastSlope - slope).toBeLessThan(0.05 / 810);
      }
      last = h;
      lastSlope = slope;
    }
  });

  it('inverts', () => {
    for (const e of [0, 100, 648, 700, 810, 1200]) expect(z.invert(z(e))).toBeCloseTo(e, 6);
    expect(z.invert(1)).toBe(Infinity);
  });
});

describe('projector', () => {
  const grid: Grid = { values: Float64Array.of(1, 2, 3, 4), G: 2, x0: -2, x1: 5, y0: 1, y1: 3 };
  const z = heightScale(grid.values);
  const size = { width: 700, height: 480 };
  const pad = { x: 40, top: 12, bottom: 30 };
  const corners = [grid.x0, grid.x1].flatMap((x) => [grid.y0, grid.y1].flatMap((y) => [z.lo, Infinity].map((e) => [x, y, e] as const)));

  it('keeps the whole box inside the canvas less the pad, at every yaw and tilt', () => {
    for (let yaw = -Math.PI; yaw <= Math.PI; yaw += 0.05) {
      for (const pitch of [0.15, 0.5, 0.75, 1.1, 1.45]) {
        const project = projector(grid, z, { yaw, pitch }, size, pad);
        for (const [x, y, e] of corners) {
          const p = project(x, y, e);
          expect(p.sx).toBeGreaterThanOrEqual(pad.x - 1e-9);
          expect(p.sx).toBeLessThanOrEqual(size.width - pad.x + 1e-9);
          expect(p.sy).toBeGreaterThanOrEqual(pad.top - 1e-9);
          expect(p.sy).toBeLessThanOrEqual(size.height - pad.bottom + 1e-9);
        }
      }
    }
  });

  it('does not change the bowl’s size as it turns', () => {
    const span = (yaw: number) => {
      const project = projector(grid, z, { yaw, pitch: 0.75 }, size, pad);
      const a = project(grid.x0, grid.y0, z.lo);
      const b = project(grid.x0, grid.y0, Infinity);
      return Math.hypot(a.sx - b.sx, a.sy - b.sy);
    };
    for (const yaw of [-2, -0.6, 0, 0.7, 2.5]) expect(span(yaw)).toBeCloseTo(span(0), 9);
  });

  it('gives depth in pixels, larger nearer the viewer', () => {
    const project = projector(grid, z, { yaw: 0, pitch: 0.75 }, size, pad);
    // With no yaw the viewer looks along +wⱼ from beyond y1: the y1 edge is nearer, and higher E too.
    expect(project(0, grid.y1, z.lo).depth).toBeGreaterThan(project(0, grid.y0, z.lo).depth);
    expect(project(0, 2, 4).depth).toBeGreaterThan(project(0, 2, 1).depth);
  });
});
