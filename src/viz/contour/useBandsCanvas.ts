/**
 * Paints the contour bands on the canvas under the SVG marks: the worker's
 * picture placed over the grid's window in the current view (so a zoom shows the
 * old picture in the right place until the new one comes), or the bands painted
 * here from the traced rings. Repaints only when the grid, the view or the size
 * changes, never per frame.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { scaleLinear } from 'd3-scale';
import type { ContourGeometry, Grid } from './contourPaths';
import { sizedCanvas } from '../shared/sizedCanvas';
import { paintBands } from './paintBands';

/** Where the bands go: the plot's size, the inner box and the visible window. */
export interface BandsLayout {
  width: number;
  height: number;
  left: number;
  top: number;
  innerW: number;
  innerH: number;
  view: [x0: number, x1: number, y0: number, y1: number];
}

/** Keeps `canvasRef`'s picture in step with `grid`. */
export function useBandsCanvas(canvasRef: RefObject<HTMLCanvasElement | null>, grid: Grid | null, geometry: ContourGeometry | null, layout: BandsLayout): void {
  const drawnGrid = useRef<Grid | null>(null);
  const { width, height, left, top, innerW, innerH } = layout;
  const [vx0, vx1, vy0, vy1] = layout.view;
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = sizedCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!grid || !geometry) return;
    ctx.save();
    ctx.translate(left, top);
    ctx.beginPath();
    ctx.rect(0, 0, innerW, innerH);
    ctx.clip();
    const vx = scaleLinear().domain([vx0, vx1]).range([0, innerW]);
    const vy = scaleLinear().domain([vy0, vy1]).range([innerH, 0]);
    // How many pictures were drawn: a test reads it to see the map follow a moving slice.
    if (grid !== drawnGrid.current) {
      drawnGrid.current = grid;
      canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
    }
    if (grid.image) {
      // A closed bitmap (replaced by a newer grid a render ago) has width 0 and is skipped.
      if (grid.image.width > 0) ctx.drawImage(grid.image, vx(grid.x0), vy(grid.y1), vx(grid.x1) - vx(grid.x0), vy(grid.y0) - vy(grid.y1));
    } else {
      paintBands(ctx, geometry.bands, geometry.levels, grid, vx, vy);
    }
    ctx.restore();
  }, [canvasRef, grid, geometry, width, height, left, top, innerW, innerH, vx0, vx1, vy0, vy1]);
}
