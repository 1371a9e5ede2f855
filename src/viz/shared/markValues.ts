/**
 * The value each mark of a view stands for, in words and numbers, for the key
 * under the plot: hovering or focusing a key entry names its mark and this value.
 * Pure: the pending step's numbers in, texts out (none for a non-finite number).
 */
import { formatNumber } from '../../notation';
import type { ViewName } from '../../store';
import { reached, type StageName } from '../../notation';

/** What the values are made from: the pending step's numbers and the weights on the axes. */
export interface MarkNumbers {
  view: ViewName;
  w: readonly number[];
  dw: readonly number[];
  grad: readonly number[];
  E: number;
  step: number;
  /** Whether the pending step uses every record (then the tangent's slope is ∂E/∂w). */
  batch: boolean;
  /** The step-through part reached (null when step-through is off): values not reached are not named. */
  stage: StageName | null;
  /** The weights on the axes (j is −1 on the curve) and their labels. */
  i: number;
  j: number;
  labelI: string;
  labelJ: string;
}

const fmt = (v: number) => (Number.isFinite(v) ? formatNumber(v) : null);

/** "a, b" when both are finite, else null. */
const pair = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) ? `(${formatNumber(a)}, ${formatNumber(b)})` : null);

/** Text per mark id (see MarkKey.tsx), or null where a number is not finite or not a single one. */
export function markValues(n: MarkNumbers): Record<string, string | null> {
  const { w, grad, E, i, j, labelI, labelJ, stage } = n;
  // The step (and the slope it comes from) is worked out at the gradient part; where it lands, at the update.
  const dw = reached('gradient', stage) ? n.dw : n.dw.map(() => Number.NaN);
  const landing = reached('update', stage);
  const steps = `${n.step.toLocaleString('en')} step${n.step === 1 ? '' : 's'} so far`;
  if (n.view === 'curve') {
    const wi = fmt(w[i]);
    return {
      point: wi && fmt(E) && `${labelI} = ${wi}, E = ${fmt(E)}`,
      // In stochastic and mini-batch modes the tangent is the slope of E over all records, not the step's gradient.
      tangent: n.batch && reached('gradient', stage) && fmt(grad[i]) ? `∂E/∂${labelI} = ${fmt(grad[i])}` : null,
      drop: fmt(E) && `E = ${fmt(E)}`,
      step: fmt(dw[i]) && `Δ${labelI} = ${fmt(dw[i])}`,
      next: landing && fmt(w[i] + dw[i]) ? `${labelI} + Δ${labelI} = ${fmt(w[i] + dw[i])}` : null,
      trail: steps,
    };
  }
  if (n.view === 'data') return { records: null, model: null, errors: fmt(E) && `E = ½ Σ (y − ŷ)² = ${fmt(E)}` };
  const point = pair(w[i], w[j]);
  return {
    point: point && fmt(E) && `(${labelI}, ${labelJ}) = ${point}, E = ${fmt(E)}`,
    step: pair(dw[i], dw[j]) && `(Δ${labelI}, Δ${labelJ}) = ${pair(dw[i], dw[j])}`,
    trail: steps,
    start: null,
    bands: fmt(E) && `E at the point = ${fmt(E)}`,
    surface: fmt(E) && `E at the point = ${fmt(E)}`,
  };
}
