/**
 * The user's own data: an editable table of records, the bias and standardize
 * switches, CSV paste / import / export. Every change goes through the store's
 * loadProblem (or setBias / setStandardize), so E and every view follow at once
 * and a refused change keeps the previous data whole.
 */
import { useAppState, useAppStore } from '../../store';
import type { CsvCodec } from '../../store';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { CsvLoader } from './CsvLoader';
import { CsvSaver } from './CsvSaver';
import { count } from './messages';
import { RecordsGrid } from './RecordsGrid';
import './dataEditor.css';

/** Props: the CSV codec is passed in by the composition root (ui does not import share). */
export interface DataEditorProps {
  csv: CsvCodec;
}

/** The bias input and standardizing, each a checkbox bound to the store. */
function DataSwitches() {
  const store = useAppStore();
  const bias = useAppState((s) => s.problem.bias);
  const standardize = useAppState((s) => s.standardize);
  return (
    <div className="data-switches">
      <label className="toggle">
        <input
          type="checkbox"
          checked={bias}
          onChange={(e) => store.getState().setBias(e.target.checked)}
          // Ticked with the mouse, focus goes back to the page so Space plays again (as the other controls do).
          onClick={releaseAfterMouse}
        />
        bias input x₀ = 1
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={standardize}
          onChange={(e) => store.getState().setStandardize(e.target.checked)}
          onClick={releaseAfterMouse}
        />
        standardize inputs
      </label>
      <p className="note">
        Standardizing feeds descent (xᵢ − mean)/sd for each input, so every input spans about −1…1 and the bowl is rounder; the
        table shows the data as given.
      </p>
    </div>
  );
}

/** The data editor panel. */
export function DataEditor({ csv }: DataEditorProps) {
  const N = useAppState((s) => s.problem.N);
  const n = useAppState((s) => s.problem.n);
  const k = useAppState((s) => s.problem.k);
  return (
    <section className="panel data-editor" aria-labelledby="data-editor-title">
      <h2 id="data-editor-title">
        Your data <span className="badge">{`${count(N, 'record')}, ${count(n, 'input')}, ${count(k, 'target')}`}</span>
      </h2>
      <DataSwitches />
      <p className="note">Every change here starts the run again from its starting weights.</p>
      <div className="data-body">
        <RecordsGrid />
        <div className="csv-io">
          <CsvLoader csv={csv} />
          <CsvSaver csv={csv} />
        </div>
      </div>
    </section>
  );
}
