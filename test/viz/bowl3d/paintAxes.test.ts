/** The 3-D bowl's axes: nice ticks, at the projector's positions, on the front edges of the floor and a back corner. */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/viz/contour/contourPaths';
import { bowlAxes, niceTicks, tickLabels, type BowlAxis } from '../../../src/viz/bowl3d/paintAxes';
import { heightScale, projector, type Projected } from '../../../src/viz/bowl3d/projection';

/** E = a² + 4b² + 1 over [−1.5, 3] × [−2, 2.5]. */
function bowl(G = 41): Grid {
  const [x0, x1, y0, y1] = [-1.5, 3, -2, 2.5];
  const values = new Float64Array(G * G);
  for (let r = 0; r < G; r++)
    for (let c = 0; c < G; c++) {
      const a = x0 + ((x1 - x0) * c) / (G - 1);
      const b = y0 + ((y1 - y0) * r) / (G - 1);
      values[r * G + c] = a * a + 4 * b * b + 1;
    }
  return { values, G, x0, x1, y0, y1 };
}

const size = { width: 800, height: 560 };
const pad = { x: 56, top: 10, bottom: 29 };
const grid = bowl();
const z = heightScale(grid.values);
const labels = { i: 'w₁', j: 'w₂' };

function expectAt(p: Projected, q: Projected) {
  expect(p.sx).toBeCloseTo(q.sx, 9);
  expect(p.sy).toBeCloseTo(q.sy, 9);
  expect(p.depth).toBeCloseTo(q.depth, 9);
}

/** Whether p and q are the same projected point (position and depth). */
function same(p: Projected, q: Projected): boolean {
  return Math.abs(p.sx - q.sx) < 1e-9 && Math.abs(p.sy - q.sy) < 1e-9 && Math.abs(p.depth - q.depth) < 1e-9;
}

/** Whether the steps between `values` are all one 1, 2 or 5 × 10ⁿ. */
function nice(values: number[]): boolean {
  const step = values[1] - values[0];
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9) && values.every((v, n) => n === 0 || Math.abs(v - values[n - 1] - step) < 1e-9 * step);
}

const cameras = [-3, -2.2, -1.4, -0.6, 0, 0.4, 0.8, 1.6, 2.4, 3.1].flatMap((yaw) => [0.15, 0.75, 1.45].map((pitch) => ({ yaw, pitch })));

describe('bowlAxes', () => {
  for (const cam of cameras) {
    it(`puts ticks where the projector puts their values (yaw ${cam.yaw}, pitch ${cam.pitch})`, () => {
      const project = projector(grid, z, cam, size, pad);
      const [ai, aj, ae] = bowlAxes(grid, z, project, labels, 16);
      expect([ai.title, aj.title, ae.title]).toEqual(['w₁', 'w₂', 'E']);
      // wᵢ: on one edge of the floor (wⱼ = y0 or y1, E = the floor's), 4–6 nice ticks inside the window.
      const yEdge = [grid.y0, grid.y1].find((y) => same(project(ai.ticks[0].value, y, z.lo), ai.ticks[0].at))!;
      expect(yEdge).toBeDefined();
      expect(ai.ticks.length).toBeGreaterThanOrEqual(4);
      expect(ai.ticks.length).toBeLessThanOrEqual(6);
      expect(nice(ai.ticks.map((t) => t.value))).toBe(true);
      for (const t of ai.ticks) {
        expect(t.value).toBeGreaterThanOrEqual(grid.x0);
        expect(t.value).toBeLessThanOrEqual(grid.x1);
        expectAt(t.at, project(t.value, yEdge, z.lo));
      }
      // …and the front one of the two: nearer the viewer than the other.
      const other = yEdge === grid.y0 ? grid.y1 : grid.y0;
      expect(project(0.75, yEdge, z.lo).depth).toBeGreaterThanOrEqual(project(0.75, other, z.lo).depth);
      // wⱼ likewise, on an edge wᵢ = x0 or x1.
      const xEdge = [grid.x0, grid.x1].find((x) => same(project(x, aj.ticks[0].value, z.lo), aj.ticks[0].at))!;
      expect(xEdge).toBeDefined();
      expect(aj.ticks.length).toBeGreaterThanOrEqual(4);
      expect(aj.ticks.length).toBeLessThanOrEqual(6);
      for (const t of aj.ticks) expectAt(t.at, project(xEdge, t.value, z.lo));
      const otherX = xEdge === grid.x0 ? grid.x1 : grid.x0;
      expect(project(xEdge, 0.25, z.lo).depth).toBeGreaterThanOrEqual(project(otherX, 0.25, z.lo).depth);
      // E: 4–5 nice ticks up one vertical at a corner of the floor, not the nearest one.
      const corner = [grid.x0, grid.x1].flatMap((x) => [grid.y0, grid.y1].map((y) => [x, y])).find(([x, y]) => same(project(x, y, ae.ticks[0].value), ae.ticks[0].at))!;
      expect(corner).toBeDefined();
      expect(corner[0] === xEdge && corner[1] === yEdge).toBe(false);
      expect(ae.ticks.length).toBeGreaterThanOrEqual(4);
      expect(ae.ticks.length).toBeLessThanOrEqual(5);
      expect(nice(ae.ticks.map((t) => t.value))).toBe(true);
      for (const t of ae.ticks) {
        expectAt(t.at, project(corner[0], corner[1], t.value));
        expect(t.value).toBeGreaterThanOrEqual(z.lo);
      }
      expectAt(ae.from, project(corner[0], corner[1], z.lo));
      // Ticks climb the canvas as E grows.
      for (let n = 1; n < ae.ticks.length; n++) expect(ae.ticks[n].at.sy).toBeLessThan(ae.ticks[n - 1].at.sy);
    });
  }

  it('sets the labels off the floor, outside the box, and E’s beside its axis away from the bowl', () => {
    for (const cam of cameras) {
      const project = projector(grid, z, cam, size, pad);
      const axes = bowlAxes(grid, z, project, labels, 16);
      const middle = project((grid.x0 + grid.x1) / 2, (grid.y0 + grid.y1) / 2, z.lo);
      for (const axis of axes.slice(0, 2)) {
        // The label and the floor's middle lie on opposite sides of the axis line.
        const side = (p: { x: number; y: number }) => (axis.to.sx - axis.from.sx) * (p.y - axis.from.sy) - (axis.to.sy - axis.from.sy) * (p.x - axis.from.sx);
        const inside = side({ x: middle.sx, y: middle.sy });
        for (const t of axis.ticks) if (t.label) expect(Math.sign(side(t.label))).toBe(-Math.sign(inside));
        expect(Math.sign(side(axis.titleAt))).toBe(-Math.sign(inside));
      }
      const e = axes[2];
      const away = Math.sign(e.from.sx - middle.sx) || 1;
      for (const t of e.ticks) if (t.label) expect(Math.sign(t.label.x - t.at.sx)).toBe(away);
      expect(e.align).toBe(away > 0 ? 'left' : 'right');
    }
  });

  it('drops labels that would overlap, and lists the ones drawn by axis', () => {
    const project = projector(grid, z, { yaw: 0, pitch: 1.45 }, size, pad);
    const axes: BowlAxis[] = bowlAxes(grid, z, project, labels, 16);
    const listed = tickLabels(axes);
    expect(Object.keys(listed)).toEqual(['w₁', 'w₂', 'E']);
    for (const a of axes) expect(listed[a.title]).toEqual(a.ticks.filter((t) => t.label).map((t) => t.text));
    // The E axis seen from nearly straight above is short: some of its labels go.
    const e = axes[2];
    const shown = e.ticks.filter((t) => t.label);
    expect(shown.length).toBeGreaterThan(0);
    for (let n = 1; n < shown.length; n++) expect(Math.abs(shown[n].label!.y - shown[n - 1].label!.y)).toBeGreaterThanOrEqual(0.8 * 16);
  });

  it('labels ticks with the app’s numbers (a true minus sign)', () => {
    const project = projector(grid, z, { yaw: -0.6, pitch: 0.75 }, size, pad);
    const [ai] = bowlAxes(grid, z, project, labels, 16);
    expect(ai.ticks.map((t) => t.text)).toContain('−1');
  });
});

describe('niceTicks', () => {
  it('gives between min and max nice values inside the range', () => {
    expect(niceTicks(0, 10, 4, 6)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(-1.5, 3, 4, 6)).toEqual([-1, 0, 1, 2, 3]);
    for (const [lo, hi] of [[0, 1], [3.2, 18.7], [-7, 1e4], [1e-6, 3e-6]]) {
      const t = niceTicks(lo, hi, 4, 6);
      expect(t.length).toBeGreaterThanOrEqual(3);
      for (const v of t) expect(v >= lo && v <= hi).toBe(true);
      expect(nice(t)).toBe(true);
    }
  });

  it('gives as near as it can when no nice step fits, and nothing for an empty range', () => {
    // [2, 38]: steps of 10 give 3 ticks, of 5 give 7 — 3 is nearer.
    expect(niceTicks(2, 38, 4, 5)).toEqual([10, 20, 30]);
    // [0.013, 0.041]: steps of 0.01 give 3, of 0.005 give 6 — as near; the more.
    expect(niceTicks(0.013, 0.041, 4, 5)).toEqual([0.015, 0.02, 0.025, 0.03, 0.035, 0.04]);
    expect(niceTicks(1, 1, 4, 5)).toEqual([]);
    expect(niceTicks(NaN, 1, 4, 5)).toEqual([]);
  });
});
