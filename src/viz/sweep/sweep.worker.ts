/**
 * Runs a sweep off the main thread (sweepJobs.ts sends the job): one run per η (and μ),
 * a progress message every PROGRESS_MS, then every point. A newer job is a new worker.
 */
import { runSweepPoints, type SweepJob } from './sweepJob';

const ctx = self as unknown as {
  onmessage: ((e: MessageEvent<SweepJob>) => void) | null;
  postMessage(message: unknown): void;
};

ctx.onmessage = (e) => {
  const job = e.data;
  const points = runSweepPoints(job, (done) => ctx.postMessage({ id: job.id, done, total: job.pairs.length }));
  ctx.postMessage({ id: job.id, points });
};
