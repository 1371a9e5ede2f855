/** The view slice: which view and weight are shown, the theme, notices and help. */
import type { StateCreator } from 'zustand';
import type { AppState, ViewSlice } from '../types';

/** At most this many notices are kept; older ones drop off. */
export const MAX_NOTICES = 6;
let nextNoticeId = 1;

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'curve',
  axis: 0,
  theme: 'light',
  notices: [],
  helpOpen: false,
  setView(view) {
    set({ view });
  },
  setAxis(axis) {
    const dims = get().runner.w.length;
    if (Number.isInteger(axis) && axis >= 0 && axis < dims) set({ axis });
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
