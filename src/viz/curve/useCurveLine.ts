/**
 * The curve E(wᵢ) over the visible domain, with the other weights held: small
 * curves are computed at once; large ones (many records) in the surface worker,
 * or, where there is no worker (a sandboxed frame, the single file), in slices of
 * at most SLICE_MS per animation frame — either way a frame's cost does not grow
 * with N; the curve then refreshes less often instead. While a curve is being
 * computed the previous one stays drawn, and only the newest request waits
 * (latest wins), so a slice that moves every step is followed as fast as the
 * budget allows.
 */
import { useEffect, useMemo, useRef } from 'react';
import { ACTIVATIONS, errorAlongWeight, type ActivationName, type LossName, type Problem } from '../../engine';
import type { Interval } from '../shared/domain';
import { useHeldWhileMoving } from '../shared/useHeldWhileMoving';
import { SurfaceJobs } from '../surface/surfaceJobs';

/** Points at which the curve is evaluated across the visible domain. */
export const CURVE_POINTS = 241;
/** Records × points computed in one go, on the spot (about 1 ms of sigmoid evaluations). */
export const SYNC_EVALS = 100_000;
/** Main-thread milliseconds one frame may spend on a large curve. */
export const SLICE_MS = 1;

/** What a curve is computed for. */
export interface CurveSpec {
  problem: Problem;
  activation: ActivationName;
  loss: LossName;
  /** Flat index of the weight along the curve. */
  axis: number;
  /** The weights; all but `axis` are held. */
  w: readonly number[];
  domain: Interval;
}

/** A computed curve: E at each of `xs`. */
export interface CurveLine {
  xs: Float64Array;
  es: Float64Array;
}

/** The drawn curve's lowest point (where the description says the minimum in view lies), or null. */
export function lowestPoint(line: CurveLine): { x: number; E: number } | null {
  let best = -1;
  for (let g = 0; g < line.es.length; g++) if (Number.isFinite(line.es[g]) && (best < 0 || line.es[g] < line.es[best])) best = g;
  return best < 0 ? null : { x: line.xs[best], E: line.es[best] };
}

/** `count` evenly spaced values from lo to hi. */
export function linspace(lo: number, hi: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let g = 0; g < count; g++) out[g] = lo + ((hi - lo) * g) / (count - 1);
  return out;
}

/** One scratch array per problem: errorAlongWeight keeps its buffers by it, so a frame allocates nothing. */
const SCRATCH = new WeakMap<Problem, Float64Array>();

/** E along the curve's weight at `values`, others held at `spec.w` (a linear unit costs O(1) a point after its moments). */
export function evaluateCurve(spec: Omit<CurveSpec, 'domain'>, values: Float64Array, out = new Float64Array(values.length)): Float64Array {
  let scratch = SCRATCH.get(spec.problem);
  if (!scratch) SCRATCH.set(spec.problem, (scratch = new Float64Array(spec.problem.N)));
  errorAlongWeight(spec.problem, spec.w, spec.axis, ACTIVATIONS[spec.activation], spec.loss, values, out, scratch);
  return out;
}

/** Evaluations a curve of `spec` costs. */
function cost(spec: CurveSpec): number {
  return CURVE_POINTS * (spec.activation === 'linear' ? 1 : spec.problem.N);
}

/**
 * The curve for `spec`, recomputed when `key` changes (the key must cover
 * everything in spec). A cheap curve is computed during render; a large one
 * across frames, the last finished curve of the same `family` (problem, unit,
 * axis: what makes an older curve wrong rather than stale) shown meanwhile.
 */
export function useCurveLine(spec: CurveSpec, key: string, family: string): CurveLine | null {
  const cheap = cost(spec) <= SYNC_EVALS;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key covers the spec
  const now = useMemo(() => (cheap ? makeLine(spec) : null), [cheap, key]);
  // While the run moves, a finished curve waits for the plot's next render (no commit of its own).
  const [done, setDone] = useHeldWhileMoving<{ line: CurveLine; family: string } | null>(null);
  const latest = useRef({ spec, key, family });
  latest.current = { spec, key, family };
  const job = useRef({ frame: 0, busy: false, pending: false });
  const worker = useRef<SurfaceJobs | null>(null);

  useEffect(() => {
    if (cheap) return;
    worker.current ??= new SurfaceJobs();
    if (worker.current.available) {
      const { spec: s, family: f } = latest.current;
      const xs = linspace(s.domain[0], s.domain[1], CURVE_POINTS);
      const spec = { problem: s.problem, w: Array.from(s.w), index: s.axis, activation: s.activation, loss: s.loss, values: xs };
      worker.current.request({ kind: 'line', spec }, (es) => setDone({ line: { xs, es }, family: f }));
      return;
    }
    const state = job.current;
    const run = () => {
      const { spec: s, family: f } = latest.current;
      const xs = linspace(s.domain[0], s.domain[1], CURVE_POINTS);
      const es = new Float64Array(CURVE_POINTS);
      const chunk = Math.max(1, Math.floor(SYNC_EVALS / 10 / s.problem.N));
      let g = 0;
      state.busy = true;
      const tick = () => {
        const t0 = performance.now();
        while (g < CURVE_POINTS && performance.now() - t0 < SLICE_MS) {
          const end = Math.min(CURVE_POINTS, g + chunk);
          evaluateCurve(s, xs.subarray(g, end), es.subarray(g, end));
          g = end;
        }
        if (g < CURVE_POINTS) {
          state.frame = requestAnimationFrame(tick);
          return;
        }
        state.busy = false;
        setDone({ line: { xs, es }, family: f });
        if (state.pending) {
          state.pending = false;
          run();
        }
      };
      state.frame = requestAnimationFrame(tick);
    };
    // A newer request waits for the running one to end (latest wins).
    if (state.busy) state.pending = true;
    else run();
  }, [cheap, key]);

  useEffect(
    () => () => {
      cancelAnimationFrame(job.current.frame);
      job.current.busy = false;
      worker.current?.dispose();
    },
    [],
  );

  if (now) return now;
  return done && done.family === family ? done.line : null;
}

/** The whole curve at once. */
function makeLine(spec: CurveSpec): CurveLine {
  const xs = linspace(spec.domain[0], spec.domain[1], CURVE_POINTS);
  return { xs, es: evaluateCurve(spec, xs) };
}
