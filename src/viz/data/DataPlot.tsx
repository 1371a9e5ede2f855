/**
 * The data view (view=data): the records and what the current weights predict for them, in
 * the shape the inputs allow — a curve over one input, a map over two, predictions against
 * targets for more — with a menu of the unit shown when there are several.
 */
import { useAppState, useAppStore } from '../../store';
import { DataCurve } from './DataCurve';
import { DataFit } from './DataFit';
import { DataPlane } from './DataPlane';

/** The plot. */
export function DataPlot() {
  const store = useAppStore();
  const n = useAppState((s) => s.problem.n);
  const k = useAppState((s) => s.problem.k);
  const unit = useAppState((s) => s.mathUnit);
  return (
    <div className="plot data-plot">
      {n >= 2 && k > 1 && (
        <div className="plot-tools">
          <label className="setting">
            <span className="setting-name">unit</span>
            <select aria-label="output unit shown" value={unit} onChange={(e) => store.getState().setMathUnit(Number(e.target.value))}>
              {Array.from({ length: k }, (_, j) => (
                <option key={j} value={j}>
                  ŷ{j + 1}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {n === 1 ? <DataCurve /> : n === 2 ? <DataPlane /> : <DataFit />}
    </div>
  );
}
