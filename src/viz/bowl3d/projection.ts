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

/**
 * A point on the canvas and its depth towards the viewer (larger is nearer), in the
 * same pixels as sx and sy, so that (sx, −sy, depth) is the point in an upright
 * frame of the camera (the mesh's lighting takes normals there).
 */
export interface Projected {
  sx: number;
  sy: number;
  depth: number;
}

/** A height scale: E to a height in [0, 1], and the E range it is linear over (the floor and the E axis read it). */
export type HeightScale = ((e: number) => number) & {
  /** The lowest finite E of the grid: height 0, the floor of the box. */
  readonly lo: number;
  /** The 90th percentile of E: above it heights are compressed towards 1. */
  readonly top: number;
  /** E at height h (the inverse; Infinity from h = 1 up). */
  readonly invert: (h: number) => number;
};

/** Heights up to this fraction are linear in E; above it they bend smoothly towards 1 (see heightScale). */
const KNEE = 0.8;

/**
 * Height of E on the drawn bowl in [0, 1]: linear in E up to KNEE of the way to the
 * 90th percentile, then compressed smoothly (a tanh with slope 1 at the knee) so
 * that one huge rim does not flatten the bottom. A hard clip would crease the
 * surface along the clip level, a curve that cuts the mesh cells diagonally and
 * shows as a saw-tooth of lit and dark cells; a smooth bend has no crease.
 * Non-finite E goes to the top. Sorts once per grid.
 */
export function heightScale(values: Float64Array): HeightScale {
  const finite = Float64Array.from(Array.from(values).filter(Number.isFinite)).sort();
  const lo = finite[0] ?? 0;
  const top = finite[Math.floor(finite.length * 0.9)] ?? 1;
  const span = top - lo || 1;
  const z = (e: number) => {
    if (!Number.isFinite(e)) return 1;
    const t = (e - lo) / span;
    return t <= KNEE ? t : KNEE + (1 - KNEE) * Math.tanh((t - KNEE) / (1 - KNEE));
  };
  const invert = (h: number) => {
    if (!(h < 1)) return Infinity;
    const t = h <= KNEE ? h : KNEE + (1 - KNEE) * Math.atanh((h - KNEE) / (1 - KNEE));
    return lo + t * span;
  };
  return Object.assign(z, { lo, top: lo + span, invert });
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

/** Room kept free round the box for the axes' labels, in CSS pixels. */
export interface Pad {
  x: number;
  top: number;
  bottom: number;
}

/** Height of the box (the bowl from its lowest to its highest E) and where it starts, in units of the window's side. */
const BOX_H = 0.55;
const BOX_Z0 = -0.25;
/** Half the diagonal of the unit floor: how far a floor corner can reach from the middle at any yaw. */
const REACH = Math.SQRT1_2;

/**
 * The projection of (wi, wj, E) for a grid's window, a height scale, a camera and a
 * canvas size. The whole box (floor to top, where its axes are) fits inside the
 * canvas less `pad` at every yaw, so turning the bowl never changes its size;
 * tilting does, as the box's height on the canvas changes with the tilt.
 */
export function projector(grid: Grid, z: (e: number) => number, cam: Camera, size: { width: number; height: number }, pad: Pad = { x: 0, top: 0, bottom: 0 }) {
  const cy = Math.cos(cam.yaw);
  const sy = Math.sin(cam.yaw);
  const cp = Math.cos(cam.pitch);
  const sp = Math.sin(cam.pitch);
  // On the canvas the box reaches up to its top's far corner and down to its floor's near corner.
  const up = (BOX_Z0 + BOX_H) * cp + REACH * sp;
  const down = -BOX_Z0 * cp + REACH * sp;
  const roomH = Math.max(1, size.height - pad.top - pad.bottom);
  const scale = Math.max(1, Math.min((size.width - 2 * pad.x) / (2 * REACH), roomH / (up + down)));
  // The box in the middle of the room left for it.
  const y0 = pad.top + (roomH - (up + down) * scale) / 2 + up * scale;
  // Weight plane to [−½, ½]², height BOX_Z0…BOX_Z0 + BOX_H, then yaw about the vertical, pitch towards the viewer.
  return (wi: number, wj: number, e: number): Projected => {
    const X = (wi - grid.x0) / (grid.x1 - grid.x0) - 0.5;
    const Y = (wj - grid.y0) / (grid.y1 - grid.y0) - 0.5;
    const Z = BOX_H * z(e) + BOX_Z0;
    const xr = X * cy - Y * sy;
    const yr = X * sy + Y * cy;
    return { sx: size.width / 2 + xr * scale, sy: y0 - (Z * cp - yr * sp) * scale, depth: (yr * cp + Z * sp) * scale };
  };
}
