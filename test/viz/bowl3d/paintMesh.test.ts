/** The 3-D bowl's mesh: evenly spaced nodes, opaque quads with seams closed in their own colour, smooth light. */
import { describe, expect, it } from 'vitest';
import type { Grid } from '../../../src/viz/contour/contourPaths';
import { MESH, meshCells, paintMesh, parseColour, quadLight } from '../../../src/viz/bowl3d/paintMesh';
import { heightScale, projector, type Projected } from '../../../src/viz/bowl3d/projection';

function bowl(G: number): Grid {
  const values = new Float64Array(G * G);
  for (let r = 0; r < G; r++) for (let c = 0; c < G; c++) values[r * G + c] = ((c - G / 2) / G) ** 2 + 4 * ((r - G / 3) / G) ** 2 + 0.01;
  return { values, G, x0: -1, x1: 1, y0: -1, y1: 1 };
}

/** A context that records each path's operations, in order. */
function recorder() {
  const ops: { op: string; style?: string; width?: number; alpha?: number }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    globalAlpha: 1,
    lineJoin: 'miter',
    beginPath: () => undefined,
    moveTo: () => undefined,
    lineTo: () => undefined,
    closePath: () => undefined,
    fill: () => void ops.push({ op: 'fill', style: String(ctx.fillStyle), alpha: ctx.globalAlpha }),
    stroke: () => void ops.push({ op: 'stroke', style: String(ctx.strokeStyle), width: ctx.lineWidth, alpha: ctx.globalAlpha }),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, ops };
}

describe('meshCells', () => {
  it('divides the grid evenly, at most MESH cells a side', () => {
    expect(meshCells(121)).toBe(60);
    expect(meshCells(81)).toBe(80);
    expect(meshCells(41)).toBe(40);
    // While a run moves: at most MESH_MOVING (40) cells, still grid nodes (81 − 1 = 2 · 40).
    expect(meshCells(81, 40)).toBe(40);
    expect(meshCells(121, 40)).toBe(40);
    expect(meshCells(2)).toBe(1);
    for (let G = 2; G <= 300; G++) {
      const c = meshCells(G);
      expect(c).toBeLessThanOrEqual(MESH);
      expect(c).toBeGreaterThanOrEqual(Math.min(G - 1, MESH) / 2);
    }
  });
});

describe('paintMesh', () => {
  it('fills every quad once in one opaque colour and outlines it in the same colour (no seam)', () => {
    const grid = bowl(41);
    const z = heightScale(grid.values);
    const project = projector(grid, z, { yaw: -0.6, pitch: 0.75 }, { width: 640, height: 460 });
    const { ctx, ops } = recorder();
    paintMesh(ctx, grid, project);
    const fills = ops.filter((o) => o.op === 'fill');
    expect(fills).toHaveLength(40 * 40);
    for (let n = 0; n < ops.length; n++) {
      if (ops[n].op !== 'fill') continue;
      expect(ops[n].alpha).toBe(1);
      expect(ops[n].style).toMatch(/^rgb\(\d+,\d+,\d+\)$/);
      expect(ops[n + 1]).toMatchObject({ op: 'stroke', style: ops[n].style });
      expect(ops[n + 1].width).toBeLessThanOrEqual(1);
    }
    // The wireframe is sparse: every fourth mesh line of 40 (and the rim), so fewer than half the
    // quads carry a piece of it — not an outline of every cell, which crowds into dark bands.
    const wires = ops.filter((o) => o.op === 'stroke' && o.style!.startsWith('rgba'));
    expect(wires.length).toBeGreaterThan(0);
    expect(wires.length).toBeLessThan(0.5 * fills.length);
  });

  it('paints non-finite E grey, not a hole', () => {
    const grid = bowl(5);
    grid.values[6] = Infinity;
    const z = heightScale(grid.values);
    const { ctx, ops } = recorder();
    paintMesh(ctx, grid, projector(grid, z, { yaw: 0.2, pitch: 0.9 }, { width: 300, height: 300 }));
    expect(ops.filter((o) => o.op === 'fill')).toHaveLength(16);
    expect(ops.some((o) => o.op === 'fill' && /^rgb\((\d+),\1,\1\)$/.test(o.style!))).toBe(true);
  });
});

describe('quadLight', () => {
  const at = (sx: number, up: number, depth: number): Projected => ({ sx, sy: -up, depth });

  it('lights a quad the same from either side, within [ambient, 1]', () => {
    const q = [at(0, 0, 0), at(10, 2, 1), at(11, 12, 3), at(1, 10, 2)];
    const flipped = q.map((p) => ({ ...p, depth: -p.depth }));
    const l = quadLight(q);
    expect(l).toBeGreaterThanOrEqual(0.5);
    expect(l).toBeLessThanOrEqual(1);
    // Mirrored in depth it faces the other way; both faces are lit as the one facing the viewer.
    const facing = quadLight([q[0], q[3], q[2], q[1]]);
    expect(facing).toBeCloseTo(l, 12);
    expect(quadLight(flipped)).toBeGreaterThanOrEqual(0.5);
  });

  it('changes little between neighbouring quads of a smooth surface (no stepped bands)', () => {
    // A cylinder's quads, a small turn apart: their lights differ by a small step each.
    const ring = (t: number) => ({ up: Math.sin(t) * 100, depth: Math.cos(t) * 100 });
    let last = NaN;
    for (let t = -1.2; t < 1.2; t += 0.05) {
      const a = ring(t);
      const b = ring(t + 0.05);
      const l = quadLight([at(0, a.up, a.depth), at(10, a.up, a.depth), at(10, b.up, b.depth), at(0, b.up, b.depth)]);
      if (!Number.isNaN(last)) expect(Math.abs(l - last)).toBeLessThan(0.04);
      last = l;
    }
  });
});

describe('parseColour', () => {
  it('reads the colours d3 scales return', () => {
    expect(parseColour('#440154')).toEqual([0x44, 0x01, 0x54]);
    expect(parseColour('#999')).toEqual([0x99, 0x99, 0x99]);
    expect(parseColour('rgb(12, 34, 56)')).toEqual([12, 34, 56]);
  });
});
