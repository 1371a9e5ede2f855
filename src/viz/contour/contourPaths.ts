/**
 * Turning a surface grid into what the contour view draws: log-spaced levels
 * (E spans decades between the rim and the bottom of a bowl), the filled bands
 * from d3-contour mapped to pixels, and the region where E is out of range.
 */
import { contours, type ContourMultiPolygon } from 'd3-contour';

/** Number of contour levels. */
export const LEVELS = 14;

/** What one window of the surface covers: weight i from x0 to x1, j from y0 to y1, G×G nodes. */
export interface Grid {
  values: Float64Array;
  G: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Contour geometry, when it was computed with the values (in the worker). */
  geometry?: ContourGeometry;
  /**
   * The bands already painted over the grid's window (x0..x1 across, y1..y0 down),
   * when the worker could paint them on an OffscreenCanvas; geometry.bands is then
   * left empty, since the main thread needs only the picture.
   */
  image?: ImageBitmap;
  /** The request it answers (useSurface's key and family), when it came from useSurface. */
  key?: string;
  family?: string;
}

/** Levels, filled bands and the out-of-range region of one grid, in grid units. */
export interface ContourGeometry {
  levels: number[];
  bands: ContourMultiPolygon[];
  /** How many bands were traced (bands may have been painted and dropped). */
  bandCount: number;
  bad: ContourMultiPolygon | null;
}

/**
 * Everything the contour view draws from a grid except the pixel mapping (this is the costly part).
 * `fixed` levels (the map's, kept while it is not re-framed) are used when given; else log levels of this grid.
 */
export function contourGeometry(grid: Grid, fixed?: readonly number[]): ContourGeometry {
  const levels = fixed && fixed.length > 0 ? [...fixed] : logLevels(grid.values);
  const bands = contourBands(grid, levels);
  return { levels, bands, bandCount: bands.length, bad: outOfRange(grid) };
}

/**
 * Log-spaced thresholds from the smallest positive finite value to the largest
 * finite one (E is ≥ 0; a perfect fit gives 0, so the floor is at most six
 * decades under the top). Empty when nothing is finite.
 */
export function logLevels(values: ArrayLike<number>, count = LEVELS): number[] {
  let lo = Infinity;
  let hi = 0;
  for (let q = 0; q < values.length; q++) {
    const v = values[q];
    if (!Number.isFinite(v)) continue;
    if (v > hi) hi = v;
    if (v > 0 && v < lo) lo = v;
  }
  if (!(hi > 0)) return [];
  lo = Math.max(lo, hi * 1e-6);
  if (!(hi > lo)) return [lo];
  const a = Math.log(lo);
  const b = Math.log(hi);
  return Array.from({ length: count }, (_, n) => Math.exp(a + ((b - a) * n) / count));
}

/**
 * Filled contour bands; non-finite values count as higher than every level, so they sit in the top band,
 * and values under the lowest level (kept levels, a slice that went lower) in the lowest.
 */
export function contourBands(grid: Grid, levels: readonly number[]): ContourMultiPolygon[] {
  if (levels.length === 0) return [];
  const top = levels[levels.length - 1] * 10;
  const finite = Float64Array.from(grid.values, (v) => (Number.isFinite(v) ? Math.max(v, levels[0]) : top));
  return contours().size([grid.G, grid.G]).thresholds(levels as number[])(Array.from(finite));
}

/** The region whose values are not finite (an overflow), as one polygon set; null when there is none. */
export function outOfRange(grid: Grid): ContourMultiPolygon | null {
  let any = false;
  const flag = Array.from(grid.values, (v) => {
    const bad = !Number.isFinite(v);
    any ||= bad;
    return bad ? 1 : 0;
  });
  if (!any) return null;
  return contours().size([grid.G, grid.G]).thresholds([0.5])(flag)[0] ?? null;
}

/**
 * An SVG path for a d3-contour polygon set. Its coordinates are in grid units
 * where node (c, r) sits at (c + 0.5, r + 0.5); px and py map weights to pixels.
 */
export function polygonPath(poly: ContourMultiPolygon, grid: Grid, px: (w: number) => number, py: (w: number) => number): string {
  const dx = (grid.x1 - grid.x0) / (grid.G - 1);
  const dy = (grid.y1 - grid.y0) / (grid.G - 1);
  let d = '';
  for (const polygon of poly.coordinates) {
    for (const ring of polygon) {
      ring.forEach(([u, v], n) => {
        const x = px(grid.x0 + (u - 0.5) * dx);
        const y = py(grid.y0 + (v - 0.5) * dy);
        d += `${n === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
      });
      d += 'Z';
    }
  }
  return d;
}

/**
 * −∇E at `count`×`count` points of the grid by central differences, for the arrow
 * field; entries whose neighbours are not finite are left out.
 */
export function gradientField(grid: Grid, count: number): { wi: number; wj: number; gi: number; gj: number }[] {
  const { G, values } = grid;
  const dx = (grid.x1 - grid.x0) / (G - 1);
  const dy = (grid.y1 - grid.y0) / (G - 1);
  const out: { wi: number; wj: number; gi: number; gj: number }[] = [];
  for (let a = 0; a < count; a++) {
    for (let b = 0; b < count; b++) {
      const c = Math.round(((a + 0.5) * (G - 1)) / count);
      const r = Math.round(((b + 0.5) * (G - 1)) / count);
      if (c < 1 || r < 1 || c > G - 2 || r > G - 2) continue;
      const gi = (values[r * G + c + 1] - values[r * G + c - 1]) / (2 * dx);
      const gj = (values[(r + 1) * G + c] - values[(r - 1) * G + c]) / (2 * dy);
      if (Number.isFinite(gi) && Number.isFinite(gj)) out.push({ wi: grid.x0 + c * dx, wj: grid.y0 + r * dy, gi: -gi, gj: -gj });
    }
  }
  return out;
}
