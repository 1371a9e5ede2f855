/**
 * The single-file build's stand-in for makeWorker.ts: one HTML file has no worker file to load
 * (and from file:// none could be), so surfaces are computed on the main thread.
 */

/** No worker. */
export function makeSurfaceWorker(): Worker | null {
  return null;
}
