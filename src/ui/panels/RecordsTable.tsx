/**
 * Every record's forward pass at the current weights: h = Σᵢ wᵢxᵢ, ŷ = f(h),
 * y − ŷ, f′(h) and δ = (y − ŷ) f′(h), marking the records the next step uses.
 */
import { Fragment } from 'react';
import { PER_RECORD_LIMIT, useAppState, useAppStore, useStage } from '../../store';
import { Readout } from './Readout';
import { reached, subscript as sub, formatNumber } from '../../notation';

/** The per-record table (shown for small data). */
export function RecordsTable() {
  // Large data: a fixed message, which need not follow the run frame by frame.
  const N = useAppState((s) => s.problem.N);
  if (N > PER_RECORD_LIMIT) {
    return (
      <section className="panel records" aria-labelledby="records-title">
        <h2 id="records-title">Records</h2>
        <p>
          {N.toLocaleString('en')} records: per-record values are listed for at most {PER_RECORD_LIMIT} records.
        </p>
      </section>
    );
  }
  return <RecordRows />;
}

/** The table itself, following the run. */
function RecordRows() {
  const problem = useAppState((s) => s.problem);
  const snap = useAppState((s) => s.snapshot);
  const mode = useAppState((s) => s.mode);
  const standardize = useAppState((s) => s.standardize);
  // The record the math panel writes out: hovering a row (or a record in the data view) picks it, and its row stands out.
  const mathRecord = useAppState((s) => s.mathRecord);
  const store = useAppStore();
  // In step-through, y − ŷ is reached at the error part, f′(h) and δ at the error term; before, they show "…".
  const stage = useStage();
  const hold = (part: 'error' | 'term') => (reached(part, stage) ? undefined : '…');
  const { N, n, k } = problem;
  const rec = snap.records;
  if (!rec) return null;
  const inBatch = new Set(snap.batch);
  const units = Array.from({ length: k }, (_, j) => j);
  const name = (q: string, j: number) => (k === 1 ? q : `${q}.${j + 1}`);
  const uj = (j: number) => (k === 1 ? '' : sub(j + 1));
  return (
    <section className="panel records" aria-labelledby="records-title">
      <h2 id="records-title">Records μ at the current weights</h2>
      {standardize && <p className="note">The inputs xᵢ are shown standardized, as descent sees them: (xᵢ − mean)/sd.</p>}
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">μ</th>
              {Array.from({ length: n }, (_, i) => (
                <th scope="col" key={`x${i}`}>
                  x{sub(i + 1)}
                </th>
              ))}
              {units.map((j) => (
                <Fragment key={`head${j}`}>
                  <th scope="col">y{uj(j)}</th>
                  <th scope="col">h{uj(j)} = Σᵢ wᵢ{k > 1 ? uj(j) : ''}xᵢ</th>
                  <th scope="col">ŷ{uj(j)} = f(h)</th>
                  <th scope="col">y − ŷ</th>
                  <th scope="col">f′(h)</th>
                  <th scope="col">δ{uj(j)} = (y − ŷ) f′(h)</th>
                </Fragment>
              ))}
              {mode !== 'batch' && <th scope="col">next step</th>}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: N }, (_, mu) => (
              <tr
                key={mu}
                className={[mode !== 'batch' && inBatch.has(mu) ? 'in-batch' : '', mathRecord === mu ? 'picked' : ''].join(' ').trim() || undefined}
                data-row={mu + 1}
                onMouseEnter={() => store.getState().setMathRecord(mu)}
              >
                <th scope="row">{mu + 1}</th>
                {Array.from({ length: n }, (_, i) => (
                  <td key={`x${i}`}>{formatNumber(problem.x[mu * n + i])}</td>
                ))}
                {units.map((j) => {
                  const o = mu * k + j;
                  return (
                    <Fragment key={`unit${j}`}>
                      <td>{formatNumber(problem.y[o])}</td>
                      <td>
                        <Readout quantity={name('h', j)} value={rec.h[o]} record={mu + 1} />
                      </td>
                      <td>
                        <Readout quantity={name('yhat', j)} value={rec.yHat[o]} record={mu + 1} />
                      </td>
                      <td>
                        <Readout quantity={name('error', j)} value={rec.err[o]} record={mu + 1} withheld={hold('error')} />
                      </td>
                      <td>
                        <Readout quantity={name('fprime', j)} value={rec.fp[o]} record={mu + 1} withheld={hold('term')} />
                      </td>
                      <td>
                        <Readout quantity={name('delta', j)} value={rec.delta[o]} record={mu + 1} withheld={hold('term')} />
                      </td>
                    </Fragment>
                  );
                })}
                {mode !== 'batch' && <td>{inBatch.has(mu) ? '▶ used next' : ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
