/**
 * The 3-D bowl's mesh: the grid sampled down to MESH cells a side, shaded quads
 * sorted far to near (painter's algorithm) and filled on a 2-D canvas — a few
 * dozen lines instead of a 3-D library of several hundred kilobytes. Painted once
 * per grid, camera or size; the moving marks go on an overlay (bowlMarks.ts).
 */
import { scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { logLevels, type Grid } from '../contour/contourPaths';
import type { Projected } from './projection';

/** Mesh cells per side drawn (the grid is sampled down to this). */
export const MESH = 40;

/** Paints the mesh of `grid` with `project` (see projection.ts) on a cleared `ctx`. */
export function paintMesh(ctx: CanvasRenderingContext2D, grid: Grid, project: (wi: number, wj: number, e: number) => Projected): void {
  const levels = logLevels(grid.values);
  const colour = levels.length > 1 ? scaleSequentialLog(interpolateViridis).domain([levels[0], levels[levels.length - 1]]).clamp(true) : () => '#440154';
  const step = (grid.G - 1) / MESH;
  const node = (a: number, b: number) => {
    const c = Math.round(a * step);
    const r = Math.round(b * step);
    const wi = grid.x0 + (c * (grid.x1 - grid.x0)) / (grid.G - 1);
    const wj = grid.y0 + (r * (grid.y1 - grid.y0)) / (grid.G - 1);
    const e = grid.values[r * grid.G + c];
    return { ...project(wi, wj, e), e };
  };
  const nodes: ReturnType<typeof node>[] = [];
  for (let b = 0; b <= MESH; b++) for (let a = 0; a <= MESH; a++) nodes.push(node(a, b));
  const quads: { q: ReturnType<typeof node>[]; depth: number; e: number; shade: number }[] = [];
  for (let b = 0; b < MESH; b++) {
    for (let a = 0; a < MESH; a++) {
      const q = [nodes[b * (MESH + 1) + a], nodes[b * (MESH + 1) + a + 1], nodes[(b + 1) * (MESH + 1) + a + 1], nodes[(b + 1) * (MESH + 1) + a]];
      const e = (q[0].e + q[1].e + q[2].e + q[3].e) / 4;
      // Lambert shading from the screen-space normal of the quad: lit from the upper left.
      const ax = q[2].sx - q[0].sx;
      const ay = q[2].sy - q[0].sy;
      const bx = q[3].sx - q[1].sx;
      const by = q[3].sy - q[1].sy;
      const area = Math.abs(ax * by - ay * bx);
      const flat = (Math.abs(bx) + Math.abs(ax)) * (Math.abs(by) + Math.abs(ay)) || 1;
      quads.push({ q, depth: (q[0].depth + q[2].depth) / 2, e, shade: 0.55 + 0.45 * Math.min(1, area / flat + 0.2) });
    }
  }
  quads.sort((p, r) => p.depth - r.depth);
  for (const { q, e, shade } of quads) {
    ctx.beginPath();
    ctx.moveTo(q[0].sx, q[0].sy);
    for (let n = 1; n < 4; n++) ctx.lineTo(q[n].sx, q[n].sy);
    ctx.closePath();
    ctx.fillStyle = Number.isFinite(e) ? colour(Math.max(e, levels[0] ?? e)) : '#999';
    ctx.globalAlpha = 1;
    ctx.fill();
    ctx.globalAlpha = 1 - shade;
    ctx.fillStyle = '#000';
    ctx.fill();
    ctx.globalAlpha = 0.25;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 0.5;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
