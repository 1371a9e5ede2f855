/**
 * The 3-D bowl's geometry: heights of E scaled so one huge rim does not flatten
 * the bottom, bilinear sampling of the grid, and the orthographic projection of
 * the weight plane (turned by yaw, tilted by pitch) onto the canvas.
 */
import type { Grid } from '../contour/contourPaths';

/** How the bowl is turned: yaw about the vertical, pitch towards the viewer (radians). */
export interface Camera {
  yaw: number;
  pitch: number;
}

/** A point on the canvas and its depth (larger is nearer). */
export interface Projected {
  sx: number;
  sy: number;
  depth: number;
}

/** Height of E on the drawn bowl in [0, 1]: E clipped at the 90th percentile. Sorts once per grid. */
export function heightScale(values: Float64Array): (e: number) => number {
  const finite = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  const lo = finite[0] ?? 0;
  const top = finite[Math.floor(finite.length * 0.9)] ?? 1;
  const span = top - lo || 1;
  return (e) => (Number.isFinite(e) ? Math.min(1, (e - lo) / span) : 1);
}

/** E at (wi, wj) by bilinear interpolation of the grid; NaN outside it. */
export function sample(grid: Grid, wi: number, wj: number): number {
  const { G, values } = grid;
  const u = ((wi - grid.x0) / (grid.x1 - grid.x0)) * (G - 1);
  const v = ((wj - grid.y0) / (grid.y1 - grid.y0)) * (G - 1);
  if (!(u >= 0 && v >= 0 && u <= G - 1 && v <= G - 1)) return NaN;
  const c = Math.min(G - 2, Math.floor(u));
  const r = Math.min(G - 2, Math.floor(v));
  const fu = u - c;
  const fv = v - r;
  const at = (rr: number, cc: number) => values[rr * G + cc];
  return (1 - fv) * ((1 - fu) * at(r, c) + fu * at(r, c + 1)) + fv * ((1 - fu) * at(r + 1, c) + fu * at(r + 1, c + 1));
}

/** The projection of (wi, wj, E) for a grid's window, a height scale, a camera and a canvas size. */
export function projector(grid: Grid, z: (e: number) => number, cam: Camera, size: { width: number; height: number }) {
  const cy = Math.cos(cam.yaw);
  const sy = Math.sin(cam.yaw);
  const cp = Math.cos(cam.pitch);
  const sp = Math.sin(cam.pitch);
  const scale = Math.min(size.width, size.height) * 0.78;
  // Weight plane to [−½, ½]², height 0…0.55, then yaw about the vertical, pitch towards the viewer.
  return (wi: number, wj: number, e: number): Projected => {
    const X = (wi - grid.x0) / (grid.x1 - grid.x0) - 0.5;
    const Y = (wj - grid.y0) / (grid.y1 - grid.y0) - 0.5;
    const Z = 0.55 * z(e) - 0.25;
    const xr = X * cy - Y * sy;
    const yr = X * sy + Y * cy;
    return { sx: size.width / 2 + xr * scale, sy: size.height / 2 - (Z * cp - yr * sp) * scale, depth: yr * cp + Z * sp };
  };
}
