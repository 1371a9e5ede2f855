/**
 * Computes error surfaces (and the curve's lines) off the main thread, so a large grid never freezes the
 * controls; with contours asked for, traces them here too, and where the worker
 * has OffscreenCanvas, paints the bands here as well and sends the picture, so the
 * main thread only draws an image when a new slice arrives (DESIGN §4 frame budget).
 */
import { computeLine, computeSurface, type LineSpec, type SurfaceSpec } from '../../engine';
import { contourGeometry, type Grid } from '../contour/contourPaths';
import { paintBands } from '../contour/paintBands';

/** A grid request: the slice, and what to do with it. */
export interface GridJob {
  id: number;
  kind: 'grid';
  spec: SurfaceSpec;
  /** Also trace the contour bands. */
  contours: boolean;
  /** Also paint the bands, at this size in device pixels (lines scaled by ratio). */
  paint?: { width: number; height: number; ratio: number };
  /** The contour levels to use (the map keeps its levels until it is re-framed); the grid's own when absent. */
  levels?: readonly number[];
}

/** A line request: E along one weight (the curve view) at the given values. */
export interface LineJob {
  id: number;
  kind: 'line';
  spec: LineSpec;
}

/** One request. */
export type SurfaceJob = GridJob | LineJob;

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<SurfaceJob>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

ctx.onmessage = (e) => {
  if (e.data.kind === 'line') {
    const values = computeLine(e.data.spec);
    ctx.postMessage({ id: e.data.id, values }, [values.buffer]);
    return;
  }
  const { spec, contours, paint, levels, id } = e.data;
  const values = computeSurface(spec);
  if (!contours) {
    ctx.postMessage({ id, values }, [values.buffer]);
    return;
  }
  const grid: Grid = { values, G: spec.G, x0: spec.x0, x1: spec.x1, y0: spec.y0, y1: spec.y1 };
  const geometry = contourGeometry(grid, levels);
  const image = paint ? paintImage(grid, geometry, paint) : null;
  if (image) {
    ctx.postMessage({ id, values, geometry: { ...geometry, bands: [] }, image }, [values.buffer, image]);
  } else {
    ctx.postMessage({ id, values, geometry }, [values.buffer]);
  }
};

/** The bands over the grid's window as a bitmap; null where workers have no OffscreenCanvas. */
function paintImage(grid: Grid, geometry: ReturnType<typeof contourGeometry>, size: NonNullable<GridJob['paint']>): ImageBitmap | null {
  if (typeof OffscreenCanvas === 'undefined' || size.width < 1 || size.height < 1) return null;
  const canvas = new OffscreenCanvas(size.width, size.height);
  const c2 = canvas.getContext('2d');
  if (!c2) return null;
  const sx = size.width / (grid.x1 - grid.x0);
  const sy = size.height / (grid.y1 - grid.y0);
  paintBands(c2, geometry.bands, geometry.levels, grid, (w) => (w - grid.x0) * sx, (w) => (grid.y1 - w) * sy, 0.6 * size.ratio);
  return canvas.transferToImageBitmap();
}
