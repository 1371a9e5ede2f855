/**
 * The page's actions in one menu, so they do not stand between a student and
 * the figure: the theme, Copy link, Copy embed code, Copy as a challenge, Reset to defaults,
 * Shortcuts and Fullscreen. A disclosure button opens it; Escape, a click
 * outside or an action closes it (focus returns to the button).
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ShareButtons, type ShareMakers } from './ShareButtons';
import { ThemePicker } from './ThemePicker';

interface PageMenuProps {
  share: ShareMakers;
  /** Forgets saved settings and data (absent where nothing is saved). */
  onResetDefaults?: () => void;
  onShortcuts(): void;
  onFullscreen(): void;
  /** More items first (lecture mode puts the problem and view menus here). */
  children?: ReactNode;
}

/** The "Menu" button and its panel. */
export function PageMenu({ share, onResetDefaults, onShortcuts, onFullscreen, children }: PageMenuProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The Escape was the menu's: nothing else (the first-visit guide) takes it too.
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  /** Runs an action and closes the menu. */
  const then = (run: () => void) => () => {
    setOpen(false);
    run();
  };
  const item = (label: string, run: () => void, extra: { keys?: string; title?: string } = {}): ReactNode => (
    <button type="button" onClick={then(run)} aria-keyshortcuts={extra.keys} title={extra.title}>
      {label}
    </button>
  );
  return (
    <div className="page-menu" ref={root}>
      <button ref={button} type="button" className="menu-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">☰ </span>Menu
      </button>
      <div id={id} className="menu-panel" hidden={!open}>
        {children}
        <ThemePicker />
        <ShareButtons makers={share} onDone={() => setOpen(false)} />
        {onResetDefaults &&
          item('Reset to defaults', onResetDefaults, { title: 'Forget the saved data and settings and start from the defaults' })}
        {item('Shortcuts', onShortcuts, { keys: '?' })}
        {item('Fullscreen', onFullscreen, { keys: 'f' })}
      </div>
    </div>
  );
}
