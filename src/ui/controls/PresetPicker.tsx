/** Choosing the problem: one of the presets. */
import { PRESETS, useAppState, useAppStore } from '../../store';
import { Choice } from './Choice';

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
