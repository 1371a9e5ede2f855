/**
 * The loading slice: progress of steps a link (or a host page) asked for, which
 * are taken in short slices after the page is drawn, so the plot shows at once
 * and the page stays responsive. Setting it to null ends the loading: the
 * remaining slices are dropped.
 */
import type { StateCreator } from 'zustand';
import type { Actions, AppState } from '../types';

/** Steps taken so far of those asked for. */
export interface LoadProgress {
  done: number;
  total: number;
}

export interface LoadingSlice {
  /** Steps being taken in slices; null when none are. */
  loading: LoadProgress | null;
  /** Sets the progress; null ends it (the slices still to come are dropped). */
  setLoading(loading: LoadProgress | null): void;
}

export const createLoadingSlice: StateCreator<AppState, [], [], Actions<LoadingSlice>> = (set, get) => ({
  setLoading(loading) {
    // While loading, React's snapshot lagged the run (as while playing): the end shows the last step.
    set(loading === null ? { loading, snapshot: get().frames.current } : { loading });
  },
});
