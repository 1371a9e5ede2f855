/** What a sweep runs: the η values (around η_max for a linear unit), the μ values for momentum, and its cost limit. */
import { logSpaced } from '../../engine';
import { ETA_MAX, ETA_MIN } from '../../store';

/** η values in a sweep over η alone, and across the momentum map. */
export const SWEEP_ETAS = 60;
export const MAP_ETAS = 30;
/** μ values up the momentum map. */
export const MAP_MUS: readonly number[] = [0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99];
/** Most work (records × weights × steps × runs) one sweep may ask for. */
export const MAX_SWEEP_WORK = 2e9;

/**
 * `n` η values on a log scale: for a linear unit from η_max / 300 to 3 η_max (so the edge of
 * stability is in the middle), else from 0.001 to 10; widened to hold today's η with room on
 * both sides, and within the accepted range.
 */
export function sweepEtas(n: number, eta: number, etaMax: number | null): number[] {
  let lo = etaMax !== null ? etaMax / 300 : 1e-3;
  let hi = etaMax !== null ? etaMax * 3 : 10;
  lo = Math.max(ETA_MIN, Math.min(lo, eta / 3));
  hi = Math.min(ETA_MAX, Math.max(hi, eta * 3));
  return logSpaced(lo, hi, n);
}
