/**
 * The run as a table, for whoever cannot read the E chart or the trajectory on the plot: each
 * step the history keeps — its E and every weight — in a disclosure under the chart. Built only
 * while open, at most MAX_ROWS rows (an even sample of a longer history, the last step always).
 */
import { useState } from 'react';
import { forEachHistoryPoint } from '../../engine';
import { formatNumber, labelOfWeight } from '../../notation';
import { useAppState } from '../../store';

/** Rows shown at most. */
export const MAX_ROWS = 200;

/** The disclosure and, while open, the table. */
export function HistoryTable() {
  const [open, setOpen] = useState(false);
  const history = useAppState((s) => s.history);
  const problem = useAppState((s) => s.problem);
  // The history is mutated in place; the snapshot changes whenever it does.
  useAppState((s) => (open ? s.snapshot : null));
  const dims = problem.k * problem.d;
  const rows: { step: number; E: number; w: number[] }[] = [];
  if (open) {
    forEachHistoryPoint(history, (step, E, w, at) => rows.push({ step, E, w: Array.from(w.subarray(at, at + dims)) }));
  }
  const every = Math.max(1, Math.ceil(rows.length / MAX_ROWS));
  const shown = rows.filter((_, n) => n % every === 0 || n === rows.length - 1);
  return (
    <details className="panel history-table" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>The run as a table (step, E, weights)</summary>
      {open && (
        <div className="table-scroll">
          {every > 1 && <p className="note">Every {every}th of the {rows.length} steps kept, and the last.</p>}
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">step</th>
                <th scope="col">E</th>
                {Array.from({ length: dims }, (_, q) => (
                  <th key={q} scope="col">
                    {labelOfWeight(problem, q)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.step}>
                  <th scope="row">{r.step.toLocaleString('en')}</th>
                  <td>{formatNumber(r.E)}</td>
                  {r.w.map((v, q) => (
                    <td key={q}>{formatNumber(v)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
