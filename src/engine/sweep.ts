/**
 * A sweep: the same run — problem, starting weights, settings, seed — repeated for many
 * learning rates η (and, for momentum and Nesterov, many μ), each for `steps` steps, to
 * show where E ends for each: which η converge, how far they get, which diverge. Each
 * point is exactly the run the page would make with that η (and μ).
 */
import type { Problem } from './problem';
import { createRunner, takeStep, type RunOptions, type Status } from './run';

/** What every run of a sweep shares. */
export interface SweepSpec {
  problem: Problem;
  /** Starting weights, unit-major. */
  w0: ArrayLike<number>;
  /** The run's settings but η (and the μ a sweep over μ sets). */
  opts: Omit<RunOptions, 'eta'>;
  /** Steps each run takes (fewer where it converges or diverges first). */
  steps: number;
}

/** Where one run of a sweep ended. */
export interface SweepPoint {
  eta: number;
  /** The momentum μ of this run (null in a sweep over η alone). */
  mu: number | null;
  /** E after the steps taken (finite: a step that diverges is undone). */
  E: number;
  /** Steps taken: `steps`, or fewer where the run converged or diverged. */
  step: number;
  status: Status;
}

/** The run of `spec` with learning rate `eta` (and momentum `mu`, when given), to its end. */
export function sweepPoint(spec: SweepSpec, eta: number, mu: number | null = null): SweepPoint {
  const params = mu === null ? spec.opts.optimizerParams : { ...spec.opts.optimizerParams, mu };
  const r = createRunner(spec.problem, spec.w0, { ...spec.opts, optimizerParams: params, eta });
  // As the page's run does: it stops where it converges (or diverges).
  let step = 0;
  while (step < spec.steps && r.status === 'running' && takeStep(r)) step++;
  return { eta, mu, E: r.E, step, status: r.status };
}

/** `n` numbers from `lo` to `hi` (both > 0), evenly spaced on a log scale, each to 6 significant digits. */
export function logSpaced(lo: number, hi: number, n: number): number[] {
  if (n <= 1) return [lo];
  const a = Math.log10(lo);
  const b = Math.log10(hi);
  return Array.from({ length: n }, (_, q) => Number((10 ** (a + ((b - a) * q) / (n - 1))).toPrecision(6)));
}
