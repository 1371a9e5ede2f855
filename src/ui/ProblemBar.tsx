/** Choosing the problem (preset), the weight shown on the curve, and the theme. */
import { seedIndex } from '../engine';
import { PRESETS, useAppState, useAppStore, weightLabel, type ThemeName } from '../store';

/** Preset picker. */
export function PresetPicker() {
  const store = useAppStore();
  const presetId = useAppState((s) => s.presetId);
  return (
    <label className="setting">
      <span className="setting-name">problem</span>
      <select aria-label="problem" value={presetId ?? ''} onChange={(e) => store.getState().loadPreset(e.target.value)}>
        {presetId === null && <option value="">your own problem</option>}
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Which weight the curve E(wᵢ) is drawn along. */
export function AxisPicker() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const axis = useAppState((s) => s.axis);
  const options = [];
  for (let j = 0; j < problem.k; j++) {
    for (let c = 0; c < problem.d; c++) {
      const q = j * problem.d + c;
      options.push(
        <option key={q} value={q}>
          {weightLabel(seedIndex(problem, c), j + 1, problem.k)}
        </option>,
      );
    }
  }
  return (
    <label className="setting">
      <span className="setting-name">curve along</span>
      <select aria-label="weight on the curve" value={axis} onChange={(e) => store.getState().setAxis(Number(e.target.value))} disabled={options.length < 2}>
        {options}
      </select>
    </label>
  );
}

/** Theme picker. */
export function ThemePicker() {
  const store = useAppStore();
  const theme = useAppState((s) => s.theme);
  return (
    <label className="setting">
      <span className="setting-name">theme</span>
      <select aria-label="theme" value={theme} onChange={(e) => store.getState().setTheme(e.target.value as ThemeName)}>
        <option value="light">light</option>
        <option value="dark">dark</option>
        <option value="projector">projector</option>
      </select>
    </label>
  );
}

/** The one-line caption of the current problem. */
export function Caption() {
  const caption = useAppState((s) => s.caption);
  const presetId = useAppState((s) => s.presetId);
  const text =
    presetId === null
      ? 'Your own problem: press Step (→) to take one step Δw = −η ∂E/∂w, or Play (Space) to watch the weights roll downhill.'
      : caption;
  return <p className="caption">{text}</p>;
}
