/**
 * Σ_μ at work: the pending step's records listed one per row with δ^μ, xᵢ^μ and
 * the term δ^μ xᵢ^μ of each weight, then the column sums and −(factor)·Σ, which is
 * ∂E/∂wᵢ (equal to the run's own gradient, shown beside it). Plain HTML, so it
 * costs no typesetting.
 */
import { lossScale, type ActivationName, type LossName, type Problem } from '../../engine';
import { PER_RECORD_LIMIT } from '../../store';
import { recordTerms } from './tex';
import { formatNumber, weightLabel } from '../../notation';

/** Weights given their own columns before the rest are left out. */
const WEIGHTS_SHOWN = 4;

interface StepTermsProps {
  problem: Problem;
  activation: ActivationName;
  loss: LossName;
  w: readonly number[];
  grad: readonly number[];
  /** The step's records (0-based); empty when too many to list. */
  batch: readonly number[];
  batchLength: number;
  unit: number;
}

/** The per-record terms of ∂E/∂wᵢ for output unit `unit`, summed. */
export function StepTerms({ problem, activation, loss, w, grad, batch, batchLength, unit }: StepTermsProps) {
  const { d, k, bias } = problem;
  if (batch.length === 0 || batch.length > PER_RECORD_LIMIT) {
    return (
      <p className="note">
        This step sums over {batchLength.toLocaleString('en')} records; the terms are listed for steps of at most {PER_RECORD_LIMIT} records.
      </p>
    );
  }
  const cols = Math.min(d, WEIGHTS_SHOWN);
  const rows = batch.map((m) => ({ mu: m, t: recordTerms(problem, w, activation, m, unit) }));
  const sums = Array.from({ length: cols }, (_, c) => rows.reduce((s, r) => s + r.t.delta * r.t.x[c], 0));
  const scale = lossScale(loss, batchLength);
  const jSub = k > 1 ? String.fromCharCode(0x2080 + ((unit + 1) % 10)) : '';
  const names = Array.from({ length: cols }, (_, c) => weightLabel(bias ? c : c + 1, unit + 1, k));
  const xName = (c: number) => `x${String.fromCharCode(0x2080 + ((bias ? c : c + 1) % 10))}`;
  return (
    <div className="table-scroll step-terms">
      <table data-testid="step-terms">
        <caption>
          The step’s {rows.length} record{rows.length === 1 ? '' : 's'}: each adds δ{jSub}<sup>μ</sup> xᵢ<sup>μ</sup>
          {d > cols ? ` (first ${cols} of ${d} weights)` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">μ</th>
            <th scope="col">δ{jSub}</th>
            {names.map((n, c) => (
              <th scope="col" key={n}>
                {xName(c)} · δ{jSub} <span className="weight-of">(for {n})</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ mu, t }) => (
            <tr key={mu}>
              <th scope="row">{mu + 1}</th>
              <td>{formatNumber(t.delta)}</td>
              {sums.map((_, c) => (
                <td key={c}>
                  {formatNumber(t.x[c])} × {formatNumber(t.delta)} = {formatNumber(t.delta * t.x[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Σ<sub>μ</sub> δ xᵢ
            </th>
            {sums.map((s, c) => (
              <td key={c} data-sum={c}>
                {formatNumber(s)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              ∂E/∂w = −{scale === 1 ? '' : `(1/${batchLength}) · `}Σ
            </th>
            {sums.map((s, c) => (
              <td key={c} data-grad={c}>
                {formatNumber(-scale * s)} <span className="note">(run: {formatNumber(grad[unit * d + c])})</span>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
