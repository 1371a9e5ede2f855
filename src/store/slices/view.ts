/** The view slice's actions: which view and weights are shown, the theme, notices and help. */
import type { StateCreator } from 'zustand';
import { otherAxis } from '../presetState';
import { isWindowValues } from '../plotWindow';
import { ONE_WEIGHT_NOTICE, withNotice } from '../rules';
import { TWO_WEIGHT_VIEWS, VIEW_NAMES, type Actions, type AppState, type ViewSlice } from '../types';

export { MAX_NOTICES } from '../rules';

export const createViewSlice: StateCreator<AppState, [], [], Actions<ViewSlice>> = (set, get) => ({
  setMathRecord(mathRecord) {
    if (mathRecord === null || (Number.isInteger(mathRecord) && mathRecord >= 0 && mathRecord < get().problem.N)) set({ mathRecord });
  },
  setMathUnit(mathUnit) {
    if (Number.isInteger(mathUnit) && mathUnit >= 0 && mathUnit < get().problem.k) set({ mathUnit });
  },
  setView(view) {
    if (!(VIEW_NAMES as readonly string[]).includes(view)) {
      get().notify(`There is no view “${String(view).slice(0, 40)}”; the views are ${VIEW_NAMES.join(', ')}.`, 'warning');
      return false;
    }
    if (TWO_WEIGHT_VIEWS.includes(view) && get().runner.w.length < 2) {
      get().notify(ONE_WEIGHT_NOTICE, 'info');
      return false;
    }
    set({ view });
    return true;
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
    if (theme === 'light' || theme === 'dark' || theme === 'projector') set({ theme });
  },
  notify(text, tone = 'warning') {
    set({ notices: withNotice(get().notices, text, tone) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setHelpOpen(helpOpen) {
    set({ helpOpen: helpOpen === true });
  },
  // --- Plot window ---
  setPlotWindow(values) {
    if (values === null) {
      if (get().plotWindow !== null) set({ plotWindow: null });
      return true;
    }
    if (!Array.isArray(values) || !isWindowValues(values)) return false;
    set({ plotWindow: { values: [...values], problem: get().problem } });
    return true;
  },
  // --- end plot window ---
});
