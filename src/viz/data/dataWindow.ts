/**
 * The data view's window: the records' inputs with a margin, and for the outputs the targets'
 * range and the unit's own (a sigmoid's 0…1, tanh's −1…1) — fixed per problem and activation,
 * so the records never move and the model moves over them. Also which records are drawn: all
 * up to MAX_DRAWN, else an even sample (the view says so).
 */
import type { ActivationName, Problem } from '../../engine';

/** Records drawn at most (an even sample beyond). */
export const MAX_DRAWN = 400;

/** [from, to] with `pad` of its width added on both sides (a unit wide around a single value). */
export function padded(lo: number, hi: number, pad = 0.08): [number, number] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi))) return [-1, 1];
  if (hi - lo < 1e-12) return [lo - 0.5, hi + 0.5];
  const m = (hi - lo) * pad;
  return [lo - m, hi + m];
}

/** The range of input `i` over the records. */
export function inputRange(p: Problem, i: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let mu = 0; mu < p.N; mu++) {
    const v = p.x[mu * p.n + i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return padded(lo, hi);
}

/** What the output axis spans: the targets, and the range the activation's outputs live in. */
export function outputRange(p: Problem, activation: ActivationName): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let o = 0; o < p.N * p.k; o++) {
    if (p.y[o] < lo) lo = p.y[o];
    if (p.y[o] > hi) hi = p.y[o];
  }
  if (activation === 'sigmoid') [lo, hi] = [Math.min(lo, 0), Math.max(hi, 1)];
  if (activation === 'tanh') [lo, hi] = [Math.min(lo, -1), Math.max(hi, 1)];
  return padded(lo, hi);
}

/** The records drawn (0-based): every one up to MAX_DRAWN, else every ⌈N / MAX_DRAWN⌉-th. */
export function drawnRecords(N: number): number[] {
  const every = Math.max(1, Math.ceil(N / MAX_DRAWN));
  const out: number[] = [];
  for (let mu = 0; mu < N; mu += every) out.push(mu);
  return out;
}

/** The level of ŷ where a unit's decision flips (sigmoid 0.5, tanh 0), or null for units that do not classify. */
export function decisionLevel(activation: ActivationName): number | null {
  return activation === 'sigmoid' ? 0.5 : activation === 'tanh' ? 0 : null;
}
