/**
 * The run's trajectory as CSV: one row per step kept in its history (every step of a run up
 * to 4,096 steps, then every 2nd, 4th … as the history thins, and the latest steps exactly),
 * with the step, E and every weight, named as the readouts name them (w.1, w.2 …; w.1.2 with
 * several output units; w.0 the bias weight).
 */
import { forEachHistoryPoint, type History, type Problem } from '../engine';

/** The readout name of flat weight q (unit-major, d per unit). */
function weightName(p: Problem, q: number): string {
  const j = Math.floor(q / p.d);
  const i = (q % p.d) + (p.bias ? 0 : 1);
  return p.k === 1 ? `w.${i}` : `w.${i}.${j + 1}`;
}

/** The trajectory as CSV text (numbers as JavaScript prints them, which read back exactly). */
export function trajectoryCsv(h: History, p: Problem): string {
  const dims = p.k * p.d;
  const rows = [['step', 'E', ...Array.from({ length: dims }, (_, q) => weightName(p, q))].join(',')];
  forEachHistoryPoint(h, (step, E, w, at) => {
    const row = [String(step), String(E)];
    for (let q = 0; q < dims; q++) row.push(String(w[at + q]));
    rows.push(row.join(','));
  });
  return `${rows.join('\n')}\n`;
}
