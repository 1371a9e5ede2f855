/** The switch that takes each step apart into its parts (step-through mode). */
import { useAppState, useAppStore } from '../../store';
import { releaseAfterMouse } from './releaseAfterMouse';

/** A checkbox: on, Step shows the parts of one update one at a time. */
export function StepThroughSwitch() {
  const store = useAppStore();
  const on = useAppState((s) => s.stepThrough);
  return (
    <label className="toggle step-through-switch">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => store.getState().setStepThrough(e.target.checked)}
        // Ticked with the mouse, focus goes back to the page so → moves through the parts at once.
        onClick={releaseAfterMouse}
      />{' '}
      {/* Lecture mode keeps the short name, so the strip of controls stays one row. */}
      <span className="long-name">take each step apart </span>(step-through)
    </label>
  );
}
