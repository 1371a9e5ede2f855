/**
 * The surface worker and its queue: one worker per plot, and a latest-wins
 * queue of length one, so a request overtaken by a newer one (a run moving the
 * held weights) is dropped, never queued. Serves grids (the contour map, the 3-D
 * bowl) and lines (the curve).
 */
import type { ContourGeometry } from '../contour/contourPaths';
import { makeSurfaceWorker } from './makeWorker';
import type { SurfaceJob } from './surface.worker';

/** A job as asked for (the queue numbers it). */
export type WorkerJob = SurfaceJob extends infer J ? (J extends { id: number } ? Omit<J, 'id'> : never) : never;

/** What a finished job hands back: the values, and for a grid with contours its geometry and picture. */
export type Deliver = (values: Float64Array, geometry?: ContourGeometry, image?: ImageBitmap) => void;

/**
 * While requests are being overtaken (a run moving the slice), the worker rests
 * this fraction of its last job's time before the next: on a 2-core machine a
 * worker busy all the time takes the core the compositor shares with the main
 * thread, and the frames pay (bench:play: p50 6.3 → 4.5 ms). Maps still follow
 * the run several times a second.
 */
export const REST_RATIO = 1;

/** One worker with a latest-wins queue of length one. */
export class SurfaceJobs {
  private worker: Worker | null = null;
  private busy = false;
  private startedAt = 0;
  /** A pending request was replaced since the current job started. */
  private overtaken = false;
  private rest: ReturnType<typeof setTimeout> | undefined;
  private nextId = 1;
  private current: Deliver | null = null;
  private pending: { job: WorkerJob; deliver: Deliver } | null = null;
  private broken = false;

  /** False when workers cannot be made here; callers then compute on the main thread. */
  get available(): boolean {
    if (this.broken || typeof Worker === 'undefined') return false;
    if (!this.worker) {
      try {
        const worker = makeSurfaceWorker();
        if (!worker) {
          this.broken = true;
          return false;
        }
        this.worker = worker;
        this.worker.onmessage = (e: MessageEvent<{ id: number; values: Float64Array; geometry?: ContourGeometry; image?: ImageBitmap }>) =>
          this.done(e.data.values, e.data.geometry, e.data.image);
        this.worker.onerror = () => {
          this.broken = true;
          this.busy = false;
        };
      } catch {
        this.broken = true;
        return false;
      }
    }
    return true;
  }

  /** Asks for `job`; `deliver` gets its result unless a newer request overtakes it first. */
  request(job: WorkerJob, deliver: Deliver): void {
    if (this.busy) {
      if (this.pending) this.overtaken = true; // an older pending request is dropped here
      this.pending = { job, deliver };
      return;
    }
    this.post(job, deliver);
  }

  private post(job: WorkerJob, deliver: Deliver): void {
    this.busy = true;
    this.current = deliver;
    this.startedAt = performance.now();
    const message: SurfaceJob = { ...job, id: this.nextId++ };
    this.worker?.postMessage(message);
  }

  private done(values: Float64Array, geometry?: ContourGeometry, image?: ImageBitmap): void {
    this.busy = false;
    const deliver = this.current;
    this.current = null;
    if (this.pending) {
      const wait = this.overtaken ? (performance.now() - this.startedAt) * REST_RATIO : 0;
      this.overtaken = false;
      this.busy = true; // resting counts as busy: newer requests replace the pending one meanwhile
      const next = () => {
        this.rest = undefined;
        const job = this.pending;
        this.pending = null;
        if (job) this.post(job.job, job.deliver);
        else this.busy = false;
      };
      if (wait > 0) this.rest = setTimeout(next, wait);
      else next();
    }
    if (deliver) deliver(values, geometry, image);
    else image?.close();
  }

  dispose(): void {
    clearTimeout(this.rest);
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
    this.pending = null;
  }
}

