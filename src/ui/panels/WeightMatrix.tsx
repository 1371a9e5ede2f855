/**
 * The weight matrix of several output units, as the seed's last section writes
 * it: one row per input i (x₀ = 1 first when the bias is on), one column per
 * unit j, each cell wᵢⱼ with the pending step Δwᵢⱼ = η Σ_μ δⱼ xᵢ beside it. Cells are
 * shaded by wᵢⱼ (a diverging scale, legend below) and the numbers are always
 * printed, so colour is never the only code. The footer splits E into the
 * units' shares, which add up to E.
 */
import { useMemo } from 'react';
import { interpolateRdBu } from 'd3-scale-chromatic';
import { ACTIVATIONS, errorPerUnit, seedIndex } from '../../engine';
import { runMoving, useAppState, useStage } from '../../store';
import { formatNumber, reached, subscript as sub, weightLabel } from '../../notation';

/** Above this many multiply-adds per frame the units' shares of E are held while playing. */
const LIVE_WORK = 200_000;

/** Background and text colour for weight `v` on a scale symmetric about 0 up to `max`. */
function shade(v: number, max: number): { background: string; color: string } {
  const t = max > 0 ? Math.max(-1, Math.min(1, v / max)) : 0;
  // RdBu runs red (0) → white (0.5) → blue (1): negative weights red, positive blue.
  return { background: interpolateRdBu(0.5 + 0.45 * t), color: Math.abs(t) > 0.6 ? '#fff' : '#111' };
}

/** The matrix wᵢⱼ with Δwᵢⱼ, shown for problems with more than one output unit. */
export function WeightMatrix() {
  // With one unit nothing here subscribes to the run, so it costs the animation nothing.
  const k = useAppState((s) => s.problem.k);
  return k > 1 ? <Matrix /> : null;
}

/** The matrix itself. */
function Matrix() {
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const snap = useAppState((s) => s.snapshot);
  const playing = useAppState(runMoving);
  // In step-through, Δwᵢⱼ is reached at the gradient part: before it the column shows "…".
  const early = !reached('gradient', useStage());
  const { k, d, N } = problem;
  const heavy = N * k * d > LIVE_WORK;
  const shareKey = heavy && playing ? null : snap.w;
  const shares = useMemo(
    () => (shareKey ? errorPerUnit(problem, shareKey, ACTIVATIONS[activation], loss) : null),
    [problem, shareKey, activation, loss],
  );
  const max = Math.max(...snap.w.map(Math.abs));
  const units = Array.from({ length: k }, (_, j) => j);
  return (
    <section className="panel weight-matrix" aria-labelledby="matrix-title" data-testid="weight-matrix">
      <h2 id="matrix-title">Weight matrix w<sub>ij</sub> and the step Δw<sub>ij</sub> = η Σ<sub>μ</sub> δ<sub>j</sub> x<sub>i</sub></h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">input i</th>
              {units.map((j) => (
                <th scope="col" key={j} colSpan={2}>
                  unit j = {j + 1}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col" className="visually-hidden">
                weights
              </th>
              {units.map((j) => [
                <th scope="col" key={`w${j}`}>
                  w<sub>i{j + 1}</sub>
                </th>,
                <th scope="col" key={`dw${j}`}>
                  Δw<sub>i{j + 1}</sub>
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: d }, (_, c) => {
              const i = seedIndex(problem, c);
              return (
                <tr key={c}>
                  <th scope="row">
                    x{sub(i)}
                    {problem.bias && i === 0 ? ' = 1' : ''}
                  </th>
                  {units.map((j) => {
                    const q = j * d + c;
                    const dw = snap.dw[q];
                    return [
                      <td key={`w${j}`} className="cell-w" style={shade(snap.w[q], max)} title={weightLabel(i, j + 1, k)}>
                        {formatNumber(snap.w[q])}
                      </td>,
                      <td key={`dw${j}`} className="cell-dw">
                        {early ? (
                          '…'
                        ) : (
                          <>
                            <span aria-hidden="true">{dw > 0 ? '▲ ' : dw < 0 ? '▼ ' : ''}</span>
                            {dw > 0 ? '+' : ''}
                            {formatNumber(dw)}
                          </>
                        )}
                      </td>,
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">E<sub>j</sub></th>
              {units.map((j) => (
                <td key={j} colSpan={2} data-unit-error={j + 1}>
                  {shares ? formatNumber(shares[j]) : '…'}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="note">
        E = {units.map((j) => `E${sub(j + 1)}`).join(' + ')} = {shares ? formatNumber(shares.reduce((a, b) => a + b, 0), 5) : '…'}: each unit j has its own error term δ
        <sub>j</sub> = (y<sub>j</sub> − ŷ<sub>j</sub>) f′(h<sub>j</sub>) and moves only its own column. Shading: red below 0, blue above, white at 0 (to ±
        {formatNumber(max)}).
      </p>
    </section>
  );
}
