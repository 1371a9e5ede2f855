/**
 * The global shortcuts, obeyed when focus is not in a text field, a select or a
 * slider (where the keys already mean something) and no modifier is held. What
 * each key does is read from the one table in shortcuts.ts.
 */
import { useEffect, useRef } from 'react';
import type { AppStore, ThemeName } from '../../store';
import { shortcutFor, type ShortcutContext } from './shortcuts';

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable="true"], [role="slider"], dialog[open], .menu-panel') !== null;
}

/** Installs the shortcuts on `window` for `store`. */
export function useKeyboard(store: AppStore, toggleFullscreen: () => void, toggleBlank: () => void, sound?: { toggleTrace(): void; toggleStepTones(): void }): void {
  const lastTheme = useRef<ThemeName>('light');
  useEffect(() => {
    const ctx: ShortcutContext = {
      toggleFullscreen,
      toggleBlank,
      toggleSoundTrace: () => sound?.toggleTrace(),
      toggleStepTones: () => sound?.toggleStepTones(),
      toggleProjector() {
        const s = store.getState();
        if (s.theme === 'projector') s.setTheme(lastTheme.current);
        else {
          lastTheme.current = s.theme;
          s.setTheme('projector');
        }
      },
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || ownsKeys(e.target)) return;
      // Space on a focused button presses that button; leave it alone.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      const shortcut = shortcutFor(e.key);
      if (!shortcut || shortcut.run(store.getState(), ctx) === false) return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleFullscreen, toggleBlank, sound]);
}
