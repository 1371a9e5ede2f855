/**
 * The 3-D bowl's mesh: the grid sampled to a mesh of at most MESH cells a side,
 * shaded quads sorted far to near (painter's algorithm) and filled on a 2-D
 * canvas — a few dozen lines instead of a 3-D library of several hundred
 * kilobytes. Painted once per grid, camera or size; the moving marks go on an
 * overlay (paintMarks.ts).
 *
 * Why it does not band: each quad is filled once in one opaque colour (its E's
 * colour times its light) and outlined in that same colour, so the anti-aliased
 * edges of neighbours overlap instead of leaving a see-through seam between them;
 * the light comes from the quad's true normal, which turns smoothly over the
 * surface; the mesh lines are a sparse wireframe, not an outline of every cell
 * (outlines crowd into dark bands wherever the surface is seen edge-on); and the
 * mesh is as fine as the grid allows, so a cell's flat colour is a small step.
 */
import { scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { logLevels, type Grid } from '../contour/contourPaths';
import { sample, type Projected } from './projection';

/** Most mesh cells per side drawn when the run stands still (80² quads paint in a few milliseconds). */
export const MESH = 80;
/**
 * Most mesh cells per side while a run moves the slice: the mesh is then repainted a
 * few times a second, and 80² quads on a busy 2-core machine took over 50 ms (a long
 * task in bench:play); 40² take a quarter of that.
 */
export const MESH_MOVING = 40;
/** Wireframe lines per side, whatever the mesh: enough to read the shape, too few to crowd. */
const WIRES = 10;
/** Light in the camera's frame (right, up, towards the viewer): from the upper left, in front. */
const LIGHT = normalize([-0.45, 0.6, 0.66]);
/** Light every quad gets (so faces turned from the light still show their colour), and the rest by Lambert's law. */
const AMBIENT = 0.5;

type Rgb = [number, number, number];

/**
 * Mesh cells per side for a grid of G nodes a side: the largest divisor of G − 1
 * up to MESH, so mesh nodes are grid nodes and evenly spaced (nodes interpolated
 * between grid nodes would sit off the surface every other cell, a faint stripe);
 * where G − 1 has no divisor of at least MESH / 2, min(G − 1, MESH), interpolated.
 */
export function meshCells(G: number, max = MESH): number {
  const most = Math.min(G - 1, max);
  for (let c = most; c >= Math.ceil(most / 2); c--) if ((G - 1) % c === 0) return c;
  return most;
}

/**
 * Brightness of a quad in [AMBIENT, 1], from its corners (in order round the quad)
 * as projected: the normal is the cross product of the diagonals in the camera's
 * frame (sx, −sy, depth), turned to face the viewer (both sides of the sheet are lit).
 */
export function quadLight(q: readonly Projected[]): number {
  const d1 = [q[2].sx - q[0].sx, q[0].sy - q[2].sy, q[2].depth - q[0].depth];
  const d2 = [q[3].sx - q[1].sx, q[1].sy - q[3].sy, q[3].depth - q[1].depth];
  let n = normalize([d1[1] * d2[2] - d1[2] * d2[1], d1[2] * d2[0] - d1[0] * d2[2], d1[0] * d2[1] - d1[1] * d2[0]]);
  if (n[2] < 0) n = [-n[0], -n[1], -n[2]];
  const lambert = n[0] * LIGHT[0] + n[1] * LIGHT[1] + n[2] * LIGHT[2];
  return AMBIENT + (1 - AMBIENT) * Math.max(0, Number.isFinite(lambert) ? lambert : 1);
}

/** Paints the mesh of `grid` with `project` (see projection.ts) on a cleared `ctx`, at most `maxCells` a side. */
export function paintMesh(ctx: CanvasRenderingContext2D, grid: Grid, project: (wi: number, wj: number, e: number) => Projected, maxCells = MESH): void {
  const levels = logLevels(grid.values);
  const scale = levels.length > 1 ? scaleSequentialLog(interpolateViridis).domain([levels[0], levels[levels.length - 1]]).clamp(true) : null;
  const colourOf = (e: number): Rgb => (!Number.isFinite(e) ? [153, 153, 153] : scale ? parseColour(scale(Math.max(e, levels[0]))) : [68, 1, 84]);
  const cells = meshCells(grid.G, maxCells);
  const per = (grid.G - 1) / cells;
  const node = (a: number, b: number) => {
    const wi = grid.x0 + ((a * per) / (grid.G - 1)) * (grid.x1 - grid.x0);
    const wj = grid.y0 + ((b * per) / (grid.G - 1)) * (grid.y1 - grid.y0);
    const exact = Number.isInteger(a * per) && Number.isInteger(b * per);
    const e = exact ? grid.values[b * per * grid.G + a * per] : sample(grid, wi, wj);
    return { ...project(wi, wj, e), e };
  };
  const nodes: ReturnType<typeof node>[] = [];
  for (let b = 0; b <= cells; b++) for (let a = 0; a <= cells; a++) nodes.push(node(a, b));
  const quads: { q: ReturnType<typeof node>[]; a: number; b: number; depth: number; fill: string }[] = [];
  for (let b = 0; b < cells; b++) {
    for (let a = 0; a < cells; a++) {
      const q = [nodes[b * (cells + 1) + a], nodes[b * (cells + 1) + a + 1], nodes[(b + 1) * (cells + 1) + a + 1], nodes[(b + 1) * (cells + 1) + a]];
      const light = quadLight(q);
      const [r, g, bl] = colourOf((q[0].e + q[1].e + q[2].e + q[3].e) / 4);
      const fill = `rgb(${Math.round(r * light)},${Math.round(g * light)},${Math.round(bl * light)})`;
      quads.push({ q, a, b, depth: (q[0].depth + q[1].depth + q[2].depth + q[3].depth) / 4, fill });
    }
  }
  quads.sort((p, r) => p.depth - r.depth);
  const every = Math.max(1, Math.round(cells / WIRES));
  ctx.lineJoin = 'round';
  for (const { q, a, b, fill } of quads) {
    ctx.beginPath();
    ctx.moveTo(q[0].sx, q[0].sy);
    for (let n = 1; n < 4; n++) ctx.lineTo(q[n].sx, q[n].sy);
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    // The hairline of the quad's own colour closes the seams to its neighbours.
    ctx.strokeStyle = fill;
    ctx.lineWidth = 0.8;
    ctx.stroke();
    // The wireframe: the quad's edges that lie on every `every`-th mesh line, drawn with the
    // quad so that nearer quads cover them like the surface they belong to.
    const left = a % every === 0;
    const right = a === cells - 1;
    const near = b % every === 0;
    const far = b === cells - 1;
    if (!(left || right || near || far)) continue;
    ctx.beginPath();
    if (left) edge(ctx, q[0], q[3]);
    if (right) edge(ctx, q[1], q[2]);
    if (near) edge(ctx, q[0], q[1]);
    if (far) edge(ctx, q[3], q[2]);
    ctx.strokeStyle = 'rgba(0,0,0,0.28)';
    ctx.lineWidth = 0.7;
    ctx.stroke();
  }
}

function edge(ctx: CanvasRenderingContext2D, p: Projected, r: Projected): void {
  ctx.moveTo(p.sx, p.sy);
  ctx.lineTo(r.sx, r.sy);
}

function normalize(v: number[]): number[] {
  const len = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / len, v[1] / len, v[2] / len];
}

/** "#rrggbb", "#rgb" or "rgb(r, g, b)" (what d3's colour scales return) as numbers. */
export function parseColour(text: string): Rgb {
  if (text.startsWith('#')) {
    const hex = text.length === 4 ? text.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : text.slice(1);
    return [parseInt(hex.slice(0, 2), 16), parseInt(hex.slice(2, 4), 16), parseInt(hex.slice(4, 6), 16)];
  }
  const m = text.match(/[\d.]+/g) ?? [];
  return [Number(m[0] ?? 0), Number(m[1] ?? 0), Number(m[2] ?? 0)];
}
