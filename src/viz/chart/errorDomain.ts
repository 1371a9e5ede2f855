/**
 * The E chart's vertical domain: one per run, and it only grows, so the line
 * never jumps as the run goes on. A new run (Reset, a new problem, a new start)
 * starts a new domain. The scale, linear or log, is the reader's choice and is
 * never switched here.
 */
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';

/** The run the domain belongs to, its smallest positive E and its largest E. */
export interface ErrorDomain {
  readonly run: unknown;
  /** Smallest positive finite E seen (Infinity: none yet). */
  readonly lo: number;
  /** Largest finite E seen (0: none yet). */
  readonly hi: number;
}

/** The domain after seeing E from `lo` (smallest positive) to `hi` in `run`; `prev` itself when nothing grew. */
export function growErrorDomain(prev: ErrorDomain | null, run: unknown, lo: number, hi: number): ErrorDomain {
  const l = lo > 0 && Number.isFinite(lo) ? lo : Infinity;
  const h = hi > 0 && Number.isFinite(hi) ? hi : 0;
  if (!prev || prev.run !== run) return { run, lo: l, hi: h };
  if (l >= prev.lo && h <= prev.hi) return prev;
  return { run, lo: Math.min(prev.lo, l), hi: Math.max(prev.hi, h) };
}

/** Where a log scale ends at the bottom: the smallest positive E, or six decades under the top when there is none. */
export function logFloor(d: ErrorDomain): number {
  const top = d.hi > 0 ? d.hi : 1;
  return Number.isFinite(d.lo) && d.lo <= top ? d.lo : top * 1e-6;
}

/** The E axis for `d`, on a log or a linear scale, with nice ends (the range is set by the caller). */
export function errorScale(d: ErrorDomain, log: boolean): ScaleContinuousNumeric<number, number> {
  const top = d.hi > 0 ? d.hi : 1;
  if (!log) return scaleLinear().domain([0, top * 1.05]).nice();
  const floor = logFloor(d);
  return scaleLog().domain([floor, top > floor ? top : floor * 10]).nice();
}
