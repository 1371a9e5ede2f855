/** A sweep's job — what the worker (or the main thread, without one) computes — and the loop that computes it. */
import { sweepPoint, type SweepPoint, type SweepSpec } from '../../engine';

/** Least milliseconds between two progress reports. */
export const PROGRESS_MS = 50;

/** The runs of one sweep: one per (η, μ) pair (μ null in a sweep over η alone). */
export interface SweepJob {
  id: number;
  spec: SweepSpec;
  pairs: readonly (readonly [eta: number, mu: number | null])[];
}

/**
 * Computes pairs `from` onward of `job`, until done or `budgetMs` has passed, into `out`, calling
 * `progress(done)` at most every PROGRESS_MS; returns how many pairs are done.
 */
export function runSweepPoints(job: SweepJob, progress: (done: number) => void, out: SweepPoint[] = [], budgetMs = Infinity): SweepPoint[] {
  const t0 = performance.now();
  let shown = t0;
  while (out.length < job.pairs.length) {
    const [eta, mu] = job.pairs[out.length];
    out.push(sweepPoint(job.spec, eta, mu));
    const now = performance.now();
    if (now - shown >= PROGRESS_MS) {
      shown = now;
      progress(out.length);
    }
    if (now - t0 > budgetMs) break;
  }
  return out;
}
