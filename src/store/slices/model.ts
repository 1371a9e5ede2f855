/** The model slice's actions: activation f and the error measure. */
import type { StateCreator } from 'zustand';
import { isActivationName, isLossName } from '../../engine';
import type { Actions, AppState, ModelSlice } from '../types';
import { restart } from './restart';

export const createModelSlice: StateCreator<AppState, [], [], Actions<ModelSlice>> = (set, get) => ({
  setActivation(activation) {
    if (!isActivationName(activation)) return;
    // Same weights, new bowl: keep where the student is, restart the count.
    restart(get, set, { activation }, Array.from(get().runner.w), `Activation ${activation}`);
  },
  setLoss(loss) {
    if (!isLossName(loss)) return;
    restart(get, set, { loss }, Array.from(get().runner.w), `Error measure ${loss}`);
  },
});
