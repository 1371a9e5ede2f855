/** Which view of the bowl is shown, and which weights lie on its axes. */
import { useAppState, useAppStore, type ViewName } from '../../store';
import { Choice } from './Choice';
import { labelOfWeight } from '../../notation';

const VIEWS: readonly { value: ViewName; text: string }[] = [
  { value: 'curve', text: 'curve E(w)' },
  { value: 'contour', text: 'contour map' },
  { value: 'surface', text: '3-D bowl' },
  { value: 'data', text: 'data and model' },
];

/** View menu plus the axis menus the view needs. */
export function ViewPicker() {
  const store = useAppStore();
  const view = useAppState((s) => s.view);
  const problem = useAppState((s) => s.problem);
  const axis = useAppState((s) => s.axis);
  const axisJ = useAppState((s) => s.axisJ);
  const dims = problem.k * problem.d;
  const weights = Array.from({ length: dims }, (_, q) => ({
    value: q,
    text: labelOfWeight(problem, q),
  }));
  // The data view pairs the data with the curve (one weight) or the contour map.
  const twoD = view === 'contour' || view === 'surface' || (view === 'data' && dims >= 2);
  return (
    <div className="view-picker">
      <Choice<ViewName>
        name="view"
        label="view"
        value={view}
        options={dims < 2 ? VIEWS.filter((v) => v.value === 'curve' || v.value === 'data') : VIEWS}
        onChange={(v) => store.getState().setView(v)}
      />
      <Choice<number>
        name={twoD ? 'across' : 'curve along'}
        label={twoD ? 'weight across' : 'weight on the curve'}
        value={axis}
        options={weights}
        onChange={(q) => store.getState().setAxis(q)}
        disabled={dims < 2}
      />
      {twoD && (
        <Choice<number>
          name="up"
          label="weight up"
          value={axisJ}
          options={weights.filter((o) => o.value !== axis)}
          onChange={(q) => store.getState().setAxes(axis, q)}
        />
      )}
    </div>
  );
}
