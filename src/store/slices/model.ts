/** The model slice: activation f and the error measure. */
import type { StateCreator } from 'zustand';
import type { AppState, ModelSlice } from '../types';
import { freshRun } from './restart';

export const createModelSlice: StateCreator<AppState, [], [], ModelSlice> = (set, get) => ({
  activation: 'linear',
  loss: 'sse',
  setActivation(activation) {
    const s = get();
    // Same weights, new bowl: keep where the student is, restart the count.
    set({ activation, ...freshRun({ ...s, activation }, s.problem, Array.from(s.runner.w), s.history) });
  },
  setLoss(loss) {
    const s = get();
    set({ loss, ...freshRun({ ...s, loss }, s.problem, Array.from(s.runner.w), s.history) });
  },
});
