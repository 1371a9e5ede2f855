/** The run slice: stepping, playing, η, speed, mode and the weights. */
import type { StateCreator } from 'zustand';
import { recordHistory, setRunnerEta, takeStep } from '../../engine';
import { ETA_MAX, ETA_MIN, SPEED_MAX, SPEED_MIN, DEFAULT_SPEED } from '../limits';
import { takeSnapshot } from '../snapshot';
import type { AppState, RunSlice } from '../types';
import { freshRun } from './restart';

export const createRunSlice: StateCreator<AppState, [], [], RunSlice> = (set, get) => ({
  eta: 0.1,
  mode: 'batch',
  batchSize: 2,
  speed: DEFAULT_SPEED,
  playing: false,
  // Filled by loadPreset when createAppStore makes the store.
  runner: undefined as never,
  history: undefined as never,
  snapshot: undefined as never,

  step(n = 1, budgetMs = Infinity) {
    const { runner, history } = get();
    let taken = 0;
    const t0 = budgetMs < Infinity ? performance.now() : 0;
    // One history point per step; the engine itself allocates nothing.
    while (taken < n && takeStep(runner)) {
      taken++;
      recordHistory(history, runner.step, runner.E, runner.w);
      if ((taken & 7) === 0 && budgetMs < Infinity && performance.now() - t0 > budgetMs) break;
    }
    const stop = runner.status !== 'running';
    set({ snapshot: takeSnapshot(runner), ...(stop ? { playing: false } : {}) });
    return taken;
  },
  play() {
    if (get().runner.status === 'diverged') return;
    set({ playing: true });
  },
  pause() {
    set({ playing: false });
  },
  togglePlay() {
    if (get().playing) get().pause();
    else get().play();
  },
  reset() {
    const s = get();
    set({ playing: false, ...freshRun(s, s.problem, s.w0, s.history) });
  },
  setEta(eta) {
    if (!Number.isFinite(eta) || eta < ETA_MIN || eta > ETA_MAX) {
      get().notify(`η must be a number from ${ETA_MIN} to ${ETA_MAX}; kept η = ${get().eta}.`, 'warning');
      return false;
    }
    const { runner } = get();
    if (runner.status === 'diverged') {
      // A new η after a blow-up is a new attempt: start again from the starting weights.
      set({ eta, playing: false, ...freshRun({ ...get(), eta }, get().problem, get().w0, get().history) });
      return true;
    }
    setRunnerEta(runner, eta);
    set({ eta, snapshot: takeSnapshot(runner) });
    return true;
  },
  setWeights(w) {
    const s = get();
    if (w.length !== s.runner.w.length || !w.every(Number.isFinite)) {
      s.notify('Weights must be finite numbers; kept the previous weights.', 'warning');
      return false;
    }
    set({ w0: [...w], ...freshRun(s, s.problem, w, s.history) });
    return true;
  },
  setWeight(index, value) {
    const w = Array.from(get().runner.w);
    if (index < 0 || index >= w.length) return false;
    if (!Number.isFinite(value)) {
      get().notify('A weight must be a finite number; kept the previous value.', 'warning');
      return false;
    }
    w[index] = value;
    return get().setWeights(w);
  },
  setMode(mode) {
    const s = get();
    set({ mode, ...freshRun({ ...s, mode }, s.problem, Array.from(s.runner.w), s.history) });
  },
  setBatchSize(b) {
    const s = get();
    if (!Number.isInteger(b) || b < 1) {
      s.notify('The mini-batch size must be a whole number of at least 1; kept the previous size.', 'warning');
      return false;
    }
    const batchSize = Math.min(b, s.problem.N);
    set({ batchSize, ...freshRun({ ...s, batchSize }, s.problem, Array.from(s.runner.w), s.history) });
    return true;
  },
  setSpeed(speed) {
    if (!Number.isFinite(speed) || speed < SPEED_MIN || speed > SPEED_MAX) {
      get().notify(`Speed must be from ${SPEED_MIN} to ${SPEED_MAX} steps per second; kept the previous speed.`, 'warning');
      return false;
    }
    set({ speed });
    return true;
  },
});
