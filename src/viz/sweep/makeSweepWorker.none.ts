/** The single-file build's stand-in for makeSweepWorker.ts: no worker file, so sweeps run on the main thread in slices. */

/** No worker. */
export function makeSweepWorker(): Worker | null {
  return null;
}
