/** The contour view's geometry: log-spaced levels, bands over a known bowl, the out-of-range region, the 2-D window. */
import { describe, expect, it } from 'vitest';
import { contourGeometry, gradientField, logLevels, polygonPath, type Grid } from '../../../src/viz/contour/contourPaths';
import { fitWindow } from '../../../src/viz/shared/domain';

/** E = a² + 4b² on [−2, 2]² (a narrow bowl), G × G nodes. */
function bowl(G: number): Grid {
  const values = new Float64Array(G * G);
  for (let r = 0; r < G; r++) for (let c = 0; c < G; c++) {
    const a = -2 + (4 * c) / (G - 1);
    const b = -2 + (4 * r) / (G - 1);
    values[r * G + c] = a * a + 4 * b * b;
  }
  return { values, G, x0: -2, x1: 2, y0: -2, y1: 2 };
}

describe('contour geometry', () => {
  it('logLevels are geometric from the smallest positive value to the largest, at most six decades', () => {
    const levels = logLevels([0, 1e-12, 0.5, 20, Infinity, NaN], 4);
    expect(levels).toHaveLength(4);
    expect(levels[0]).toBeCloseTo(20 * 1e-6, 12);
    for (let n = 1; n < 4; n++) expect(levels[n] / levels[n - 1]).toBeCloseTo(levels[1] / levels[0], 9);
    expect(levels[3]).toBeLessThan(20);
    expect(logLevels([NaN, Infinity])).toEqual([]);
  });

  it('contourGeometry of a² + 4b²: the band under level t spans |a| ≤ √t across and |b| ≤ √t/2 up', () => {
    const grid = bowl(81);
    const geo = contourGeometry(grid);
    expect(geo.bad).toBeNull();
    const t = geo.levels[8];
    const band = geo.bands.find((b) => b.value === t)!;
    // Points of the band's outline, in weights (grid units → weights: node c at c + 0.5).
    const pts = band.coordinates.flat(2).map(([u, v]) => [-2 + ((u - 0.5) * 4) / 80, -2 + ((v - 0.5) * 4) / 80]);
    // The region E ≥ t is the complement of the ellipse; its inner boundary touches a = ±√t, b = ±√t/2.
    const inner = pts.filter(([a, b]) => Math.abs(a) < 1.99 && Math.abs(b) < 1.99);
    const maxA = Math.max(...inner.filter(([, b]) => Math.abs(b) < 0.05).map(([a]) => Math.abs(a)));
    const maxB = Math.max(...inner.filter(([a]) => Math.abs(a) < 0.05).map(([, b]) => Math.abs(b)));
    expect(maxA).toBeCloseTo(Math.sqrt(t), 1);
    expect(maxB).toBeCloseTo(Math.sqrt(t) / 2, 1);
  });

  it('contourGeometry marks non-finite nodes as out of range and keeps drawing the rest', () => {
    const grid = bowl(21);
    for (let c = 0; c < 21; c++) grid.values[20 * 21 + c] = Infinity; // the top row overflows
    const geo = contourGeometry(grid);
    expect(geo.bad).not.toBeNull();
    expect(geo.bands.length).toBeGreaterThan(3);
    const d = polygonPath(geo.bad!, grid, (w) => w * 10, (w) => -w * 10);
    expect(d).toMatch(/^M/);
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('gradientField points downhill: −∇(a² + 4b²) = (−2a, −8b)', () => {
    const field = gradientField(bowl(81), 6);
    expect(field.length).toBeGreaterThan(10);
    for (const f of field) {
      expect(f.gi).toBeCloseTo(-2 * f.wi, 6);
      expect(f.gj).toBeCloseTo(-8 * f.wj, 6);
    }
  });
});

describe('fitWindow', () => {
  it('fitWindow has the plot’s aspect ratio, holds the points, and is kept while they stay inside', () => {
    const w = fitWindow(null, [0, 4], [0, 1], 2);
    expect((w.x1 - w.x0) / (w.y1 - w.y0)).toBeCloseTo(2, 9);
    expect(w.x0).toBeLessThanOrEqual(0);
    expect(w.x1).toBeGreaterThanOrEqual(4);
    expect(w.y0).toBeLessThanOrEqual(0);
    expect(w.y1).toBeGreaterThanOrEqual(1);
    expect(fitWindow(w, [1, 3], [0.2, 0.8], 2)).toBe(w);
    const moved = fitWindow(w, [1, 30], [0.2, 0.8], 2);
    expect(moved).not.toBe(w);
    expect(moved.x1).toBeGreaterThanOrEqual(30);
    // A new aspect ratio (the plot was resized) refits.
    expect(fitWindow(w, [1, 3], [0.2, 0.8], 1)).not.toBe(w);
  });
});
