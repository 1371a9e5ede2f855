/** Computes error surfaces off the main thread, so a large grid never freezes the controls. */
import { computeSurface, type SurfaceSpec } from '../engine';
import { contourGeometry } from './contourPaths';

interface Job {
  id: number;
  spec: SurfaceSpec;
  /** Also trace the contour bands here, off the main thread. */
  contours: boolean;
}

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

ctx.onmessage = (e) => {
  const { spec, contours, id } = e.data;
  const values = computeSurface(spec);
  const geometry = contours ? contourGeometry({ values, G: spec.G, x0: spec.x0, x1: spec.x1, y0: spec.y0, y1: spec.y1 }) : undefined;
  ctx.postMessage({ id, values, geometry }, [values.buffer]);
};
