/** Computes error surfaces off the main thread, so a large grid never freezes the controls. */
import { computeSurface, type SurfaceSpec } from '../engine';

interface Job {
  id: number;
  spec: SurfaceSpec;
}

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
};

ctx.onmessage = (e) => {
  const values = computeSurface(e.data.spec);
  ctx.postMessage({ id: e.data.id, values }, [values.buffer]);
};
