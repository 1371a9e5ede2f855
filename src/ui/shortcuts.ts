/** The keyboard shortcuts of DESIGN §3, as data: the help dialog lists them and useKeyboard obeys them. */

/** One shortcut: the keys (KeyboardEvent.key values) and what they do. */
export interface Shortcut {
  keys: readonly string[];
  shown: string;
  does: string;
}

/** Every shortcut. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: [' '], shown: 'Space', does: 'play / pause' },
  { keys: ['ArrowRight', '.'], shown: '→ or .', does: 'one step (in step-through mode: the next part of it)' },
  { keys: ['ArrowLeft', ','], shown: '← or ,', does: 'step-through mode: back one part' },
  { keys: ['r'], shown: 'r', does: 'reset to the starting weights' },
  { keys: ['+', '='], shown: '+', does: 'larger η' },
  { keys: ['-', '_'], shown: '−', does: 'smaller η' },
  { keys: ['?'], shown: '?', does: 'show these shortcuts' },
  { keys: ['f'], shown: 'f', does: 'fullscreen' },
  { keys: ['p'], shown: 'p', does: 'projector theme on / off' },
];
