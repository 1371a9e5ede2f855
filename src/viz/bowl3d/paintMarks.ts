/**
 * The 3-D bowl's moving marks, on an overlay canvas above the mesh: the run's
 * trajectory lifted onto the surface and the current point. Repainted every
 * frame from the per-frame channel; the mesh below is not touched.
 */
import type { Grid } from '../contour/contourPaths';
import type { SlicePath } from '../shared/useSlice';
import { sample, type Projected } from './projection';

/** Colours read from the page's theme. */
export interface MarkColours {
  marker: string;
  trail: string;
}

/** Clears `ctx` (size in CSS pixels) and paints the trajectory, its head to the current point, and the point. */
export function paintMarks(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  grid: Grid,
  project: (wi: number, wj: number, e: number) => Projected,
  path: SlicePath,
  point: { wi: number; wj: number },
  colours: MarkColours,
): void {
  ctx.clearRect(0, 0, size.width, size.height);
  const onBowl = (wi: number, wj: number) => {
    const e = sample(grid, wi, wj);
    return Number.isFinite(e) ? project(wi, wj, e) : null;
  };
  ctx.strokeStyle = colours.trail;
  ctx.lineWidth = 2;
  ctx.beginPath();
  let open = false;
  const segment = (wi: number, wj: number) => {
    const s = onBowl(wi, wj);
    if (!s) {
      open = false;
      return;
    }
    if (open) ctx.lineTo(s.sx, s.sy);
    else ctx.moveTo(s.sx, s.sy);
    open = true;
  };
  for (let n = 0; n < path.length; n++) segment(path.wi[n], path.wj[n]);
  segment(point.wi, point.wj);
  ctx.stroke();
  const s = onBowl(point.wi, point.wj);
  if (!s) return;
  ctx.fillStyle = colours.marker;
  ctx.strokeStyle = '#fff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(s.sx, s.sy, 7, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}
