/** Makes the sweep worker. (The single-file build swaps this module for makeSweepWorker.none.ts.) */

/** A new sweep worker; throws where workers of this origin cannot be made. */
export function makeSweepWorker(): Worker | null {
  return new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
}
