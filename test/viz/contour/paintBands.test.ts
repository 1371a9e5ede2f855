/** Painting the contour bands on a canvas context (the page's or the worker's OffscreenCanvas). */
import { describe, expect, it } from 'vitest';
import { contourGeometry, type Grid } from '../../../src/viz/contour/contourPaths';
import { bandColour, paintBands, type Paintable } from '../../../src/viz/contour/paintBands';

/** E = a² + 4b² on [−2, 2]², G × G nodes. */
function bowl(G: number): Grid {
  const values = new Float64Array(G * G);
  for (let r = 0; r < G; r++)
    for (let c = 0; c < G; c++) {
      const a = -2 + (4 * c) / (G - 1);
      const b = -2 + (4 * r) / (G - 1);
      values[r * G + c] = a * a + 4 * b * b;
    }
  return { values, G, x0: -2, x1: 2, y0: -2, y1: 2 };
}

/** A context that records what is drawn: one entry per fill, with its colour and its points. */
function recorder() {
  const fills: { colour: string; points: [number, number][] }[] = [];
  let points: [number, number][] = [];
  let strokes = 0;
  const ctx: Paintable = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    beginPath: () => {
      points = [];
    },
    moveTo: (x: number, y: number) => void points.push([x, y]),
    lineTo: (x: number, y: number) => void points.push([x, y]),
    closePath: () => undefined,
    fill: () => void fills.push({ colour: String(ctx.fillStyle), points }),
    stroke: () => void strokes++,
  } as unknown as Paintable;
  return { ctx, fills, strokes: () => strokes };
}

describe('paintBands', () => {
  it('paintBands fills and outlines each band once, in the colour of its level', () => {
    const grid = bowl(61);
    const geo = contourGeometry(grid);
    const { ctx, fills, strokes } = recorder();
    paintBands(ctx, geo.bands, geo.levels, grid, (w) => w, (w) => w);
    expect(fills).toHaveLength(geo.bands.length);
    expect(strokes()).toBe(geo.bands.length);
    const colour = bandColour(geo.levels);
    fills.forEach((f, n) => expect(f.colour).toBe(colour(geo.bands[n].value)));
    // Levels rise, so colours differ from band to band.
    expect(new Set(fills.map((f) => f.colour)).size).toBe(fills.length);
  });

  it('paintBands maps weights to pixels: the band above level t has its inner edge at a = ±√t, 100 px per unit', () => {
    const grid = bowl(81);
    const geo = contourGeometry(grid);
    const { ctx, fills } = recorder();
    // 100 px per unit, origin in the middle of a 400 × 400 canvas, y up.
    paintBands(ctx, geo.bands, geo.levels, grid, (w) => 200 + 100 * w, (w) => 200 - 100 * w);
    const n = 8;
    const t = geo.bands[n].value;
    const inner = fills[n].points.filter(([x, y]) => Math.abs(x - 200) < 199 && Math.abs(y - 200) < 199);
    const onAxis = inner.filter(([, y]) => Math.abs(y - 200) < 5).map(([x]) => Math.abs(x - 200));
    expect(Math.max(...onAxis) / 100).toBeCloseTo(Math.sqrt(t), 1);
    const upAxis = inner.filter(([x]) => Math.abs(x - 200) < 5).map(([, y]) => Math.abs(y - 200));
    expect(Math.max(...upAxis) / 100).toBeCloseTo(Math.sqrt(t) / 2, 1);
  });

  it('bandColour gives one colour for fewer than two levels and clamps values under the lowest', () => {
    expect(bandColour([])(5)).toBe(bandColour([1])(7));
    const c = bandColour([1, 10, 100]);
    expect(c(0.001)).toBe(c(1));
    expect(c(1)).not.toBe(c(100));
  });
});
