/** Choosing the problem (preset), the weight shown on the curve, and the theme. */
import { PRESETS, useAppState, useAppStore, type ThemeName } from '../store';
import { Choice } from './Choice';

const THEMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

/** Preset picker. */
export function PresetPicker() {
  const store = useAppStore();
  const presetId = useAppState((s) => s.presetId);
  return (
    <Choice
      name="problem"
      label="problem"
      value={presetId ?? ''}
      options={[...(presetId === null ? [{ value: '', text: 'your own problem' }] : []), ...PRESETS.map((p) => ({ value: p.id, text: p.title }))]}
      onChange={(id) => id && store.getState().loadPreset(id)}
    />
  );
}

/** Theme picker. */
export function ThemePicker() {
  const store = useAppStore();
  const theme = useAppState((s) => s.theme);
  return (
    <Choice<ThemeName>
      name="theme"
      label="theme"
      value={theme}
      options={THEMES.map((t) => ({ value: t, text: t }))}
      onChange={(t) => store.getState().setTheme(t)}
    />
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
  return (
    <div className="caption">
      <p>{text}</p>
      <DataCredit />
    </div>
  );
}

/** The source and licence of a real data set, named wherever its records are in use. */
function DataCredit() {
  const source = useAppState((s) => s.source);
  const standardize = useAppState((s) => s.standardize);
  if (!source && !standardize) return null;
  return (
    <p className="credit">
      {source && (
        <>
          Data:{' '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
          ; licence: {source.licence}.{' '}
        </>
      )}
      {standardize && <>Inputs are standardized: descent sees (xᵢ − mean)/sd.</>}
    </p>
  );
}
