/**
 * Painting the filled contour bands onto a 2-D canvas context — the page's canvas,
 * or an OffscreenCanvas in the surface worker, so that a new grid arriving while
 * the slice moves costs the main thread one drawImage instead of thousands of
 * path segments. Rings go straight to moveTo/lineTo: no path strings to build
 * and parse.
 */
import { scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { ContourMultiPolygon } from 'd3-contour';
import type { Grid } from './contourPaths';

/** The part of a 2-D canvas context used here (page canvas and OffscreenCanvas alike). */
export type Paintable = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'lineTo' | 'closePath' | 'fill' | 'stroke' | 'fillStyle' | 'strokeStyle' | 'lineWidth'
>;

/** Colour of the band above `value`: viridis on a log scale from the lowest level to the highest. */
export function bandColour(levels: readonly number[]): (value: number) => string {
  if (levels.length < 2) return () => '#440154';
  const scale = scaleSequentialLog(interpolateViridis).domain([levels[0], levels[levels.length - 1]]);
  return (value) => scale(Math.max(value, levels[0]));
}

/**
 * Fills each band (even-odd, so holes stay open) and outlines it thinly. px and py
 * map weights to the context's pixels; d3-contour's node (c, r) sits at
 * (c + 0.5, r + 0.5) in grid units.
 */
export function paintBands(
  ctx: Paintable,
  bands: readonly ContourMultiPolygon[],
  levels: readonly number[],
  grid: Pick<Grid, 'G' | 'x0' | 'x1' | 'y0' | 'y1'>,
  px: (w: number) => number,
  py: (w: number) => number,
  lineWidth = 0.6,
): void {
  const colour = bandColour(levels);
  const dx = (grid.x1 - grid.x0) / (grid.G - 1);
  const dy = (grid.y1 - grid.y0) / (grid.G - 1);
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = 'rgba(0,0,0,0.35)';
  for (const band of bands) {
    ctx.beginPath();
    for (const polygon of band.coordinates) {
      for (const ring of polygon) {
        for (let n = 0; n < ring.length; n++) {
          const x = px(grid.x0 + (ring[n][0] - 0.5) * dx);
          const y = py(grid.y0 + (ring[n][1] - 0.5) * dy);
          if (n === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        }
        ctx.closePath();
      }
    }
    ctx.fillStyle = colour(band.value);
    ctx.fill('evenodd');
    ctx.stroke();
  }
}
