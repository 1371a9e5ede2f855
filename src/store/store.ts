/**
 * The one app store, made of slices (after xyflow's store): its data come from
 * initialState.ts, its actions from the slices, and `withRules` keeps the
 * cross-slice rules on every update. `createAppStore` returns a vanilla store so
 * tests, the play loop and the URL codec can use it without React; components
 * read it through `useApp` with a selector.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { initialState } from './initialState';
import { DEFAULT_PRESET_ID } from './presets';
import { withRules } from './rules';
import { createChallengeSlice } from './slices/challenge';
import { createRaceSlice } from './slices/race';
import { createDataSlice } from './slices/data';
import { createLoadingSlice } from './slices/loading';
import { createModelSlice } from './slices/model';
import { createRunSlice } from './slices/run';
import { createScenesSlice } from './slices/scenes';
import { createViewSlice } from './slices/view';
import type { AppState } from './types';

/** A store of the app's state. */
export type AppStore = StoreApi<AppState>;

/** Makes a store opened on preset `presetId` (the default bowl when omitted). */
export function createAppStore(presetId: string = DEFAULT_PRESET_ID): AppStore {
  const store = createStore<AppState>()(
    withRules((...a) => ({
      ...initialState(DEFAULT_PRESET_ID),
      ...createDataSlice(...a),
      ...createModelSlice(...a),
      ...createRunSlice(...a),
      ...createViewSlice(...a),
      ...createLoadingSlice(...a),
      ...createScenesSlice(...a),
      ...createChallengeSlice(...a),
      ...createRaceSlice(...a),
    })),
  );
  // An unknown id leaves the default preset with a notice.
  if (presetId !== DEFAULT_PRESET_ID) store.getState().loadPreset(presetId);
  return store;
}

/** Reads `store` in a component; re-renders when the selected value changes (Object.is). */
export function useApp<T>(store: AppStore, selector: (s: AppState) => T): T {
  return useStore(store, selector);
}
