/**
 * The keyboard shortcuts of DESIGN §3 as one table: the help dialog lists it and
 * useKeyboard obeys it (a key not in this table does nothing).
 */
import { ETA_MAX, ETA_MIN, ladderStep, pageDownScene, pageUpScene, type AppState } from '../../store';

/** What a shortcut may need besides the store: things only the page shell can do. */
export interface ShortcutContext {
  toggleFullscreen(): void;
  /** Projector theme on, or back to the theme before it. */
  toggleProjector(): void;
  /** Blanks the screen (a lecturer's pause), or shows it again. */
  toggleBlank(): void;
  /** Plays the curve as sound, or stops it. */
  toggleSoundTrace(): void;
  /** A tone for each step on or off. */
  toggleStepTones(): void;
}

/** One shortcut: the keys (KeyboardEvent.key values), how help shows them, what they do. */
export interface Shortcut {
  keys: readonly string[];
  shown: string;
  does: string;
  /** Does it; returns false when the key means nothing now (the event is then left alone). */
  run(s: AppState, ctx: ShortcutContext): boolean | void;
}

/** Every shortcut. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], shown: 'Space', does: 'play / pause', run: (s) => s.togglePlay() },
  {
    keys: ['ArrowRight', '.'],
    shown: '→ or .',
    does: 'one step (in step-through mode: the next part of it)',
    run: (s) => s.next(),
  },
  {
    keys: ['ArrowLeft', ','],
    shown: '← or ,',
    does: 'back one step: the run rebuilt exactly at the step before (in step-through mode: back one part)',
    // Outside step-through: rewind one step (refused, with a notice, when η changed mid-run).
    run: (s) => (s.stepThrough ? s.previous() : s.runner.step > 0 ? s.rewindTo(s.runner.step - 1) : false),
  },
  // Scenes: Page Down / Page Up also move through a lecture's scenes (store/scenes.ts); → and ← never do.
  {
    keys: ['PageDown'],
    shown: 'PageDown',
    does: 'one step (in step-through mode: the next part of it); with scenes, the next scene once this one’s run has reached its last step, converged or diverged',
    run: (s) => {
      if (!pageDownScene(s)) s.next();
    },
  },
  {
    keys: ['PageUp'],
    shown: 'PageUp',
    does: 'step-through mode: back one part; with scenes, back to the start of this scene, and from there to the previous scene',
    run: (s) => {
      if (s.stepThrough && s.stage > 0) return s.previous();
      return pageUpScene(s) || (s.stepThrough ? s.previous() : false);
    },
  },
  { keys: ['r'], shown: 'r', does: 'reset to the starting weights', run: (s) => s.reset() },
  { keys: ['+', '='], shown: '+', does: 'larger η', run: (s) => void s.setEta(ladderStep(s.eta, 1, ETA_MIN, ETA_MAX)) },
  { keys: ['-', '_'], shown: '−', does: 'smaller η', run: (s) => void s.setEta(ladderStep(s.eta, -1, ETA_MIN, ETA_MAX)) },
  { keys: ['?'], shown: '?', does: 'show these shortcuts', run: (s) => s.setHelpOpen(!s.helpOpen) },
  { keys: ['f'], shown: 'f', does: 'fullscreen', run: (_s, ctx) => ctx.toggleFullscreen() },
  { keys: ['p'], shown: 'p', does: 'lecture mode (projector theme) on / off', run: (_s, ctx) => ctx.toggleProjector() },
  { keys: ['b'], shown: 'b', does: 'blank the screen / show it again', run: (_s, ctx) => ctx.toggleBlank() },
  { keys: ['s'], shown: 's', does: 'listen to the curve E(w) as sound (pitch for E, left to right for w) / stop', run: (_s, ctx) => ctx.toggleSoundTrace() },
  { keys: ['m'], shown: 'm', does: 'a tone for each step on / off (pitch for E; a low noise when the run diverges)', run: (_s, ctx) => ctx.toggleStepTones() },
  // Listed for the help; the menu, the dialogs and the first-visit guide close themselves on it.
  { keys: ['Escape'], shown: 'Escape', does: 'close the menu, a dialog or the first-visit guide', run: () => false },
];

const BY_KEY = new Map<string, Shortcut>(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s] as const)));

/** The shortcut a key press means, or undefined. */
export function shortcutFor(key: string): Shortcut | undefined {
  return BY_KEY.get(key);
}
