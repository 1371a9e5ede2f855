/**
 * The loading slice's action: progress of steps a link (or a host page) asked for, which
 * are taken in short slices after the page is drawn, so the plot shows at once
 * and the page stays responsive. Setting it to null ends the loading: the
 * remaining slices are dropped.
 */
import type { StateCreator } from 'zustand';
import type { Actions, AppState, LoadingSlice } from '../types';

export const createLoadingSlice: StateCreator<AppState, [], [], Actions<LoadingSlice>> = (set, get) => ({
  setLoading(loading) {
    // While loading, React's snapshot lagged the run (as while playing): the end shows the last step.
    set(loading === null ? { loading, snapshot: get().frames.current } : { loading });
  },
});
