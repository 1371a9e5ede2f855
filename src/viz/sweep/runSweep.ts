/**
 * Starts a sweep: in a worker where there is one, else on the main thread in slices of
 * SLICE_MS with the page drawn in between; reports progress and the points, and returns
 * the function that cancels it (the worker is ended, the slices stop).
 */
import type { SweepPoint } from '../../engine';
import { makeSweepWorker } from './makeSweepWorker';
import { runSweepPoints, type SweepJob } from './sweepJob';

/** Milliseconds of sweeping per main-thread slice (without a worker). */
export const SLICE_MS = 12;

/** What a sweep reports. */
export interface SweepListener {
  progress(done: number, total: number): void;
  done(points: SweepPoint[]): void;
  failed(message: string): void;
}

/** A worker, or null where none can be made (the single file, a browser that refuses). */
function tryWorker(): Worker | null {
  try {
    return typeof Worker === 'function' ? makeSweepWorker() : null;
  } catch {
    return null;
  }
}

/** Runs `job`; returns the cancel. */
export function runSweep(job: SweepJob, on: SweepListener): () => void {
  const worker = tryWorker();
  if (worker) {
    worker.onmessage = (e: MessageEvent<{ id: number; done?: number; total?: number; points?: SweepPoint[] }>) => {
      if (e.data.id !== job.id) return;
      if (e.data.points) {
        on.done(e.data.points);
        worker.terminate();
      } else if (e.data.done !== undefined) on.progress(e.data.done, e.data.total ?? job.pairs.length);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      on.failed(e.message || 'the sweep worker failed');
    };
    worker.postMessage(job);
    return () => worker.terminate();
  }
  let cancelled = false;
  const out: SweepPoint[] = [];
  const slice = () => {
    if (cancelled) return;
    try {
      runSweepPoints(job, () => undefined, out, SLICE_MS);
    } catch (err) {
      on.failed(err instanceof Error ? err.message : String(err));
      return;
    }
    if (out.length >= job.pairs.length) on.done(out);
    else {
      on.progress(out.length, job.pairs.length);
      setTimeout(slice, 0);
    }
  };
  setTimeout(slice, 0);
  return () => {
    cancelled = true;
  };
}
