/**
 * The rules every state of the store keeps, whatever action made it (DESIGN §2:
 * "a view the problem cannot show, axes that are not two distinct weights, never
 * survive an action"). `withRules` applies them inside every `set`, so a caller
 * that forgets a guard cannot leave a state some view cannot draw.
 */
import type { StateCreator } from 'zustand';
import { STAGES } from '../notation';
import { otherAxis } from './presetState';
import { racing } from './race';
import { TWO_WEIGHT_VIEWS, VIEW_NAMES, type AppState, type Notice } from './types';

/** At most this many notices are kept; older ones drop off. */
export const MAX_NOTICES = 6;
let nextNoticeId = 1;

/** `notices` with `text` added last (an equal older one removed), at most MAX_NOTICES kept. */
export function withNotice(notices: readonly Notice[], text: string, tone: Notice['tone']): Notice[] {
  return [...notices.filter((n) => n.text !== text), { id: nextNoticeId++, text, tone }].slice(-MAX_NOTICES);
}

/** The notice of a 2-D view falling back to the curve. */
export const ONE_WEIGHT_NOTICE = 'This problem has one weight, so the curve E(w) is shown: the contour map and the 3-D bowl need two weights.';

const isIndex = (q: unknown, size: number): q is number => Number.isInteger(q) && (q as number) >= 0 && (q as number) < size;

/**
 * What must change in `next` for it to keep every rule (null when nothing must):
 * axes are two distinct valid weights (axisJ −1 with one weight), the view is one
 * the problem can show, the record and unit the math panel writes out exist, the
 * step-through part exists, the batch fits the records, a diverged run does not play, the scene
 * shown exists.
 */
export function ruleFixes(next: AppState): Partial<AppState> | null {
  const fix: Partial<AppState> = {};
  const dims = next.runner.w.length;
  const { N, k } = next.problem;
  const axis = isIndex(next.axis, dims) ? next.axis : 0;
  if (axis !== next.axis) fix.axis = axis;
  const axisJ = dims < 2 ? -1 : isIndex(next.axisJ, dims) && next.axisJ !== axis ? next.axisJ : otherAxis(axis, dims);
  if (axisJ !== next.axisJ) fix.axisJ = axisJ;
  if (!(VIEW_NAMES as readonly string[]).includes(next.view) || (dims < 2 && TWO_WEIGHT_VIEWS.includes(next.view))) {
    fix.view = 'curve';
    if (dims < 2) fix.notices = withNotice(next.notices, ONE_WEIGHT_NOTICE, 'info');
  }
  if (next.mathRecord !== null && !isIndex(next.mathRecord, N)) fix.mathRecord = null;
  if (!isIndex(next.mathUnit, k)) fix.mathUnit = 0;
  if (!isIndex(next.stage, STAGES.length)) fix.stage = 0;
  if (!(Number.isInteger(next.batchSize) && next.batchSize >= 1 && next.batchSize <= N)) {
    fix.batchSize = Math.max(1, Math.min(N, Math.floor(Number.isFinite(next.batchSize) ? next.batchSize : 1)));
  }
  if (next.playing && next.runner.status === 'diverged' && !(next.racers ?? []).some(racing)) fix.playing = false;
  // Scenes: the scene shown is one of the deck's (0 without a deck).
  if (!isIndex(next.scene, next.deck ? next.deck.scenes.length : 1)) fix.scene = 0;
  return Object.keys(fix).length > 0 ? fix : null;
}

/**
 * Middleware: every `set` (and `setState` from outside) merges the change, then
 * the fixes the rules call for, in one update, so no subscriber ever sees a
 * state that breaks them.
 */
export function withRules(creator: StateCreator<AppState>): StateCreator<AppState> {
  return (set, get, api) => {
    const guarded = ((partial: AppState | Partial<AppState> | ((s: AppState) => AppState | Partial<AppState>), replace?: boolean) => {
      const patch = typeof partial === 'function' ? partial(get()) : partial;
      const before = get();
      // Before the store is filled (creation), there is nothing to check yet.
      if (!before || !('runner' in before)) return (set as (p: unknown, r?: boolean) => void)(patch, replace);
      const next = (replace ? patch : { ...before, ...patch }) as AppState;
      const fix = ruleFixes(next);
      (set as (p: unknown, r?: boolean) => void)(fix ? { ...patch, ...fix } : patch, replace);
    }) as typeof set;
    api.setState = guarded;
    return creator(guarded, get, api);
  };
}
