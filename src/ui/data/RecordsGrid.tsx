/**
 * The records as an editable table: one row per record μ, columns x₁…xₙ then the
 * targets, with rows and columns to add and remove. Every edit goes through
 * loadProblem as an edit of the current data, so E, the plots and the readouts
 * follow at once and a data set's credit stays.
 */
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { MAX_INPUTS, MAX_OUTPUTS } from '../../engine';
import { useAppState, useAppStore, type AppStore, type Dataset } from '../../store';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { NumberField } from '../controls/NumberField';
import {
  withCell,
  withColumnAdded,
  withColumnRemoved,
  withRecordAdded,
  withRecordRemoved,
  type Part,
  type Records,
} from './edits';
import { cellLabel, columnName, GridHead } from './GridHead';
import { MessageLine, useDataMessage } from './MessageLine';
import { clip } from './messages';
import { Pager } from './Pager';
import { formatNumber, subscript as sub } from '../../notation';

/** Up to this many records the table shows them all. */
export const ALL_ROWS_LIMIT = 200;
/** …and up to this many cells; a wider table pages sooner. */
export const ALL_CELLS_LIMIT = 4000;
/** Records per page when the table pages. */
export const PAGE_ROWS = 50;

/** Records per page for N records of `columns` values each (N when they all fit). */
export function pageRows(N: number, columns: number): number {
  return N <= ALL_ROWS_LIMIT && N * columns <= ALL_CELLS_LIMIT ? N : PAGE_ROWS;
}

/** Loads edited records; new weight groups and names only when the shape changed. */
function load(store: AppStore, r: Records, w?: number[][]): boolean {
  const input = w ? { x: r.x, y: r.y, names: r.names, w, edit: true } : { x: r.x, y: r.y, edit: true };
  return store.getState().loadProblem(input, 'edited data');
}

/** The editable table of records. */
export function RecordsGrid() {
  const store = useAppStore();
  const data = useAppState((s) => s.data);
  const scaling = useAppState((s) => s.scaling);
  const [start, setStart] = useState(0);
  const [message, setMessage] = useDataMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  // The control to focus once the table has re-rendered (after a keyboard edit removed the focused one).
  const focusNext = useRef<string | null>(null);

  const N = data.x.length;
  const n = data.x[0]?.length ?? 0;
  const k = data.y[0]?.length ?? 0;
  const columns = n + k;
  const rows = pageRows(N, columns);
  const first = Math.min(start, Math.floor((N - 1) / rows) * rows);

  useEffect(() => {
    const label = focusNext.current;
    if (label === null) return;
    focusNext.current = null;
    const target = rootRef.current?.querySelector<HTMLElement>(`[aria-label="${label}"]`);
    target?.focus();
  }, [data, first]);

  const current = (): Dataset => store.getState().data;
  const shape = () => {
    const p = store.getState().problem;
    return { k: p.k, d: p.d, bias: p.bias };
  };
  const byKeyboard = (e: MouseEvent<HTMLElement>) => e.detail === 0;

  const addRecord = () => {
    if (!load(store, withRecordAdded(current()))) return;
    const total = N + 1;
    setStart(Math.floor((total - 1) / pageRows(total, columns)) * pageRows(total, columns));
    focusNext.current = cellLabel(0, n, k, N);
    setMessage({ tone: 'ok', text: `Added record ${total}, a copy of record ${N}.` });
  };
  const removeRecord = (mu: number, e: MouseEvent<HTMLElement>) => {
    const keyboard = byKeyboard(e);
    releaseAfterMouse(e);
    if (!load(store, withRecordRemoved(current(), mu))) return;
    if (keyboard) focusNext.current = `Delete record ${Math.min(mu, N - 2) + 1}`;
    setMessage({ tone: 'ok', text: `Deleted record ${mu + 1}; ${N - 1} left.` });
  };
  const addColumn = (part: Part, e: MouseEvent<HTMLElement>) => {
    releaseAfterMouse(e);
    const { records, w } = withColumnAdded(current(), part, store.getState().w0, shape());
    if (load(store, records, w)) setMessage({ tone: 'ok', text: `Added ${part === 'input' ? `input x${sub(n + 1)}` : 'a target'} (all 0; its weights start at 0).` });
  };
  const removeColumn = (part: Part, index: number, e: MouseEvent<HTMLElement>) => {
    const keyboard = byKeyboard(e);
    const name = columnName(part === 'input' ? index : n + index, n, k);
    releaseAfterMouse(e);
    const { records, w } = withColumnRemoved(current(), part, index, store.getState().w0, shape());
    if (!load(store, records, w)) return;
    if (keyboard) focusNext.current = part === 'input' ? 'Add input column' : 'Add target column';
    setMessage({ tone: 'ok', text: `Removed column ${name}${part === 'input' ? ' and its weight' : ' and its output unit'}.` });
  };

  const shown = Array.from({ length: Math.min(rows, N - first) }, (_, r) => first + r);
  const heads = Array.from({ length: columns }, (_, c) => c);
  return (
    <div className="records-grid" ref={rootRef}>
      <div className="data-toolbar">
        <button type="button" onClick={addRecord}>
          Add record
        </button>
        <button type="button" onClick={(e) => addColumn('input', e)} disabled={n >= MAX_INPUTS} title={`at most ${MAX_INPUTS} inputs`}>
          Add input column
        </button>
        <button type="button" onClick={(e) => addColumn('target', e)} disabled={k >= MAX_OUTPUTS} title={`at most ${MAX_OUTPUTS} targets`}>
          Add target column
        </button>
      </div>
      {rows < N && <Pager start={first} rows={rows} total={N} onStart={setStart} onInvalid={(t) => setMessage({ tone: 'error', text: `“${clip(t)}” is not a record number from 1 to ${N}.` })} />}
      <div className="table-scroll">
        <table className="data-table">
          <GridHead n={n} k={k} names={data.names} scaling={scaling} onRemove={removeColumn} />
          <tbody>
            {shown.map((mu) => (
              <tr key={mu}>
                <th scope="row">{(mu + 1).toLocaleString('en')}</th>
                {heads.map((c) => {
                  const label = cellLabel(c, n, k, mu);
                  return (
                    <td key={c}>
                      <NumberField
                        label={label}
                        className="cell"
                        value={c < n ? data.x[mu][c] : data.y[mu][c - n]}
                        onCommit={(v) => {
                          const ok = load(store, withCell(current(), mu, c, v));
                          if (ok) setMessage(null);
                          return ok;
                        }}
                        onInvalid={(text, kept) =>
                          setMessage({
                            tone: 'error',
                            // A number input hands over "" for text it cannot read ("1e", "1e999"), as for an empty cell.
                            text: text.trim() === ''
                              ? `${label} needs a finite number; kept ${formatNumber(kept, 6)}.`
                              : `${label}: “${clip(text)}” is not a finite number; kept ${formatNumber(kept, 6)}.`,
                          })
                        }
                      />
                    </td>
                  );
                })}
                <td>
                  <button type="button" className="remove" aria-label={`Delete record ${mu + 1}`} disabled={N === 1} title={N === 1 ? 'at least one record is needed' : undefined} onClick={(e) => removeRecord(mu, e)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <MessageLine message={message} testId="grid-message" />
    </div>
  );
}
