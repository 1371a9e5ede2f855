/**
 * The 3-D bowl's run: the trajectory lifted onto the surface, painted on an
 * overlay canvas above the mesh when the plot renders (a few times a second while
 * playing), and where the current point sits on the bowl, which the per-frame
 * channel moves (an SVG circle: a frame repaints one small mark, not a canvas).
 */
import type { Grid } from '../contour/contourPaths';
import type { SlicePath } from '../shared/useSlice';
import { sample, type Projected } from './projection';

/** Where (wi, wj) is on the drawn bowl; null off the grid or where E is not finite. */
export function onBowl(grid: Grid, project: (wi: number, wj: number, e: number) => Projected, wi: number, wj: number): Projected | null {
  const e = sample(grid, wi, wj);
  return Number.isFinite(e) ? project(wi, wj, e) : null;
}

/** Clears `ctx` (size in CSS pixels) and paints the trajectory in `colour`. */
export function paintTrajectory(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  grid: Grid,
  project: (wi: number, wj: number, e: number) => Projected,
  path: SlicePath,
  colour: string,
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  ctx.strokeStyle = colour;
  ctx.lineWidth = 2;
  ctx.beginPath();
  let open = false;
  for (let n = 0; n < path.length; n++) {
    const s = onBowl(grid, project, path.wi[n], path.wj[n]);
    if (!s) {
      open = false;
      continue;
    }
    if (open) ctx.lineTo(s.sx, s.sy);
    else ctx.moveTo(s.sx, s.sy);
    open = true;
  }
  ctx.stroke();
}
