/** Makes the surface worker. (The single-file build swaps this module for makeWorker.none.ts.) */

/** A new surface worker; throws where workers of this origin cannot be made. */
export function makeSurfaceWorker(): Worker | null {
  return new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
}
