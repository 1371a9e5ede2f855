/** The view slice: which view and weight are shown, the theme, notices and help. */
import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from '../types';

/** A weight index other than `q` (−1 when there is only one weight). */
export function otherAxis(q: number, dims: number): number {
  if (dims < 2) return -1;
  return q === 0 ? 1 : 0;
}

/** At most this many notices are kept; older ones drop off. */
export const MAX_NOTICES = 6;
let nextNoticeId = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'curve',
  axis: 0,
  axisJ: -1,
  theme: 'light',
  mathRecord: null,
  mathUnit: 0,
  setMathRecord(mathRecord) {
    if (mathRecord === null || (Number.isInteger(mathRecord) && mathRecord >= 0 && mathRecord < get().problem.N)) set({ mathRecord });
  },
  setMathUnit(mathUnit) {
    if (Number.isInteger(mathUnit) && mathUnit >= 0 && mathUnit < get().problem.k) set({ mathUnit });
  },
  notices: [],
  helpOpen: false,
  setView(view) {
    set({ view });
  },
  setAxis(axis) {
    const dims = get().runner.w.length;
    if (!(Number.isInteger(axis) && axis >= 0 && axis < dims)) return;
    // The 2-D views need two different weights: move the other axis out of the way.
    const axisJ = get().axisJ === axis ? otherAxis(axis, dims) : get().axisJ;
    set({ axis, axisJ });
  },
  setAxes(i, j) {
    const dims = get().runner.w.length;
    const ok = (q: number) => Number.isInteger(q) && q >= 0 && q < dims;
    if (!ok(i) || !ok(j) || i === j) return false;
    set({ axis: i, axisJ: j });
    return true;
  },
  setTheme(theme) {
    set({ theme });
  },
  notify(text, tone = 'warning') {
    const notices = [...get().notices.filter((n) => n.text !== text), { id: nextNoticeId++, text, tone }];
    set({ notices: notices.slice(-MAX_NOTICES) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setHelpOpen(helpOpen) {
    set({ helpOpen });
  },
});
