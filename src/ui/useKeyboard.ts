/**
 * The global shortcuts, obeyed when focus is not in a text field, a select or a
 * slider (where the keys already mean something) and no modifier is held.
 */
import { useEffect, useRef } from 'react';
import { ETA_MAX, ETA_MIN, ladderStep, type AppStore, type ThemeName } from '../store';

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="slider"], dialog[open]')) return true;
  return false;
}

/** Installs the shortcuts on `window` for `store`. */
export function useKeyboard(store: AppStore, toggleFullscreen: () => void): void {
  const lastTheme = useRef<ThemeName>('light');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || ownsKeys(e.target)) return;
      const s = store.getState();
      // Space on a focused button presses that button; leave it alone.
      if (e.key === ' ' && e.target instanceof HTMLButtonElement) return;
      switch (e.key) {
        case ' ':
          s.togglePlay();
          break;
        case 'ArrowRight':
        case '.':
          s.next();
          break;
        case 'ArrowLeft':
        case ',':
          if (!s.stepThrough) return;
          s.previous();
          break;
        case 'r':
          s.reset();
          break;
        case '+':
        case '=':
          s.setEta(ladderStep(s.eta, 1, ETA_MIN, ETA_MAX));
          break;
        case '-':
        case '_':
          s.setEta(ladderStep(s.eta, -1, ETA_MIN, ETA_MAX));
          break;
        case '?':
          s.setHelpOpen(!s.helpOpen);
          break;
        case 'f':
          toggleFullscreen();
          break;
        case 'p':
          if (s.theme === 'projector') s.setTheme(lastTheme.current);
          else {
            lastTheme.current = s.theme;
            s.setTheme('projector');
          }
          break;
        default:
          return;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, toggleFullscreen]);
}
