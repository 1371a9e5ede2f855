/**
 * The weights and the pending step, one row per weight wᵢ (per wᵢⱼ with several
 * output units): the editable weight, the gradient ∂E/∂wᵢ and the step
 * Δwᵢ = −η ∂E/∂wᵢ that the next Step applies.
 */
import { seedIndex } from '../../engine';
import { useAppState, useAppStore, type RunSnapshot } from '../../store';
import { NumberField } from '../controls/NumberField';
import { Readout } from './Readout';
import { formatNumber, STAGES, weightLabel } from '../../notation';

/** The columns of an optimizer's state, each with its readout name and where the snapshot keeps it. */
const OPTIMIZER_COLUMNS: readonly { key: 'm' | 'v' | 's'; title: string; values: (s: RunSnapshot) => number[] | null }[] = [
  { key: 'm', title: 'Adam’s running mean of the gradient', values: (s) => s.opt?.m ?? null },
  { key: 'v', title: 'momentum’s velocity, or Adam’s running mean of the squared gradient', values: (s) => s.opt?.v ?? null },
  { key: 's', title: 'AdaGrad’s sum (RMSProp’s running mean) of the squared gradient', values: (s) => s.opt?.s ?? null },
];

/** Table of wᵢ, ∂E/∂wᵢ and Δwᵢ with the weights editable. */
export function WeightsTable() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const snap = useAppState((s) => s.snapshot);
  const axis = useAppState((s) => s.axis);
  const axisJ = useAppState((s) => s.axisJ);
  const view = useAppState((s) => s.view);
  // In step-through, ∂E/∂wᵢ and Δwᵢ are reached at the gradient part; before it they are not shown.
  const early = useAppState((s) => s.stepThrough && s.stage < STAGES.indexOf('gradient'));
  const withheld = early ? '…' : undefined;
  // The optimizer's state per weight, after the steps taken: v (velocity or Adam's second moment), m, s.
  const stateCols = OPTIMIZER_COLUMNS.filter((c) => c.values(snap) !== null);
  // The weights the plot shows: one on the curve, two on the 2-D views.
  const onPlot = (q: number) => q === axis || (view !== 'curve' && q === axisJ);
  const { k, d } = problem;
  const rows: { q: number; i: number; j: number }[] = [];
  for (let j = 1; j <= k; j++) for (let c = 0; c < d; c++) rows.push({ q: (j - 1) * d + c, i: seedIndex(problem, c), j });
  const suffix = (i: number, j: number) => (k === 1 ? `${i}` : `${i}.${j}`);
  return (
    <section className="panel weights" aria-labelledby="weights-title">
      <h2 id="weights-title">Weights and the pending step</h2>
      <p className="formula">
        Δw<sub>i{k > 1 ? 'j' : ''}</sub> = −η ∂E/∂w<sub>i{k > 1 ? 'j' : ''}</sub> = η Σ<sub>μ</sub> δ{k > 1 ? <sub>j</sub> : null}
        <sup>μ</sup> x<sub>i</sub>
        <sup>μ</sup>
      </p>
      {k > 1 && (
        <p className="note">
          The rule w<sub>ij</sub> = η δ<sub>j</sub> x<sub>i</sub> gives the step Δw<sub>ij</sub>, added to w<sub>ij</sub>.
        </p>
      )}
      <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">weight</th>
            <th scope="col">value</th>
            <th scope="col">∂E/∂w{k > 1 ? 'ᵢⱼ' : 'ᵢ'}</th>
            <th scope="col">Δw{k > 1 ? 'ᵢⱼ' : 'ᵢ'} next</th>
            {stateCols.map((c) => (
              <th scope="col" key={c.key} title={c.title}>
                {c.key}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ q, i, j }) => {
            const label = weightLabel(i, j, k);
            return (
              <tr key={q} className={onPlot(q) ? 'on-axis' : undefined}>
                <th scope="row">
                  {label}
                  {onPlot(q) && <span className="badge" title="shown on the plot"> (on plot)</span>}
                </th>
                <td>
                  <NumberField
                    label={label}
                    value={snap.w[q]}
                    onCommit={(v) => store.getState().setWeight(q, v)}
                    onInvalid={(t, kept) => store.getState().notify(`“${t.slice(0, 20)}” is not a number; kept ${label} = ${formatNumber(kept)}.`)}
                  />
                  {/* The contract's w readout; people read the field beside it, so it is hidden from them. */}
                  <span className="visually-hidden" aria-hidden="true">
                    <Readout quantity={`w.${suffix(i, j)}`} value={snap.w[q]} live={(f) => f.w[q]} />
                  </span>
                </td>
                <td>
                  <Readout quantity={`grad.${suffix(i, j)}`} value={snap.grad[q]} live={(f) => f.grad[q]} withheld={withheld} />
                </td>
                <td>
                  <Readout quantity={`dw.${suffix(i, j)}`} value={snap.dw[q]} live={(f) => f.dw[q]} withheld={withheld} />
                </td>
                {stateCols.map((c) => (
                  <td key={c.key}>
                    <Readout quantity={`${c.key}.${suffix(i, j)}`} value={c.values(snap)?.[q] ?? Number.NaN} live={(f) => c.values(f)?.[q] ?? Number.NaN} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
