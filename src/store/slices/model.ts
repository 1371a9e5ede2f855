/** The model slice: activation f and the error measure. */
import type { StateCreator } from 'zustand';
import type { AppState, ModelSlice } from '../types';
import { restart } from './restart';

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => ({
  activation: 'linear',
  loss: 'sse',
  setActivation(activation) {
    // Same weights, new bowl: keep where the student is, restart the count.
    restart(get, set, { activation }, Array.from(get().runner.w), `Activation ${activation}`);
  },
  setLoss(loss) {
    restart(get, set, { loss }, Array.from(get().runner.w), `Error measure ${loss}`);
  },
});
