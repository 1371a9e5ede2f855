/** Choosing the colour theme: light, dark, or projector (high contrast, large type). */
import { useAppState, useAppStore, type ThemeName } from '../../store';
import { Choice } from './Choice';

const THEMES: readonly ThemeName[] = ['light', 'dark', 'projector'];

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
