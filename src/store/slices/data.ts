/** The data slice: the records as given, their standardizing, the preset they came from and the starting weights. */
import type { StateCreator } from 'zustand';
import { findPreset } from '../presets';
import { inputsFor, namesFit, otherAxis, presetState } from '../presetState';
import { buildProblem } from '../problemInput';
import type { Actions, AppState, DataSlice } from '../types';
import { restart } from './restart';

export const createDataSlice: StateCreator<AppState, [], [], Actions<DataSlice>> = (set, get) => ({
  loadPreset(id) {
    const preset = findPreset(id);
    if (!preset) {
      get().notify(`There is no preset “${id}”; kept the current problem.`, 'warning');
      return false;
    }
    // A challenge belongs to its link's problem: a new preset drops it.
    const patch = { ...presetState(preset), challenge: null };
    const ok = restart(get, set, patch, patch.w0, `The preset “${preset.id}”`);
    if (!ok) throw new Error(`preset ${id} overflows`);
    return true;
  },

  loadProblem(input, source = 'data', settings = {}) {
    const s = get();
    const current = s.problem;
    const bias = input.bias ?? current.bias;
    const rawX = input.x ?? s.data.x.map((r) => [...r]);
    const y = input.y ?? s.data.y.map((r) => [...r]);
    let w: number[][] | null = input.w ?? null;
    const sameShape = rawX[0]?.length === current.n && y[0]?.length === current.k;
    // Keep the current starting weights when the shape of the network is unchanged.
    if (w === null && sameShape && bias === current.bias) {
      w = [];
      for (let j = 0; j < current.k; j++) w.push(s.w0.slice(j * current.d, (j + 1) * current.d));
    }
    // Standardizing needs finite numbers; anything else is reported by buildProblem below.
    const finite = rawX.every((r) => r.every(Number.isFinite)) && rawX.length > 0 && rawX.every((r) => r.length === rawX[0].length);
    const { x, scaling } = inputsFor(rawX, (settings.standardize ?? s.standardize) && finite);
    const built = buildProblem(x, y, w, bias);
    if (!built.ok) {
      s.notify(`The ${source} was not loaded: ${built.error}. The previous problem is kept.`, 'error');
      return false;
    }
    const { problem, w0 } = built.value;
    const names = input.names !== undefined ? namesFit(input.names, problem.n, problem.k) : sameShape ? s.data.names : null;
    const dims = problem.k * problem.d;
    const axis = s.axis < dims ? s.axis : 0;
    const axisJ = s.axisJ >= 0 && s.axisJ < dims && s.axisJ !== axis ? s.axisJ : otherAxis(axis, dims);
    // New starting weights alone keep the data, and so the preset and its credit.
    const weightsOnly = input.x === undefined && input.y === undefined && input.bias === undefined;
    return restart(
      get,
      set,
      {
        ...settings,
        presetId: weightsOnly ? s.presetId : null,
        // New data drop a challenge (it belongs to its link's problem); new starting weights alone keep it.
        ...(weightsOnly ? {} : { challenge: null }),
        source: input.edit || weightsOnly ? s.source : null,
        data: { x: rawX.map((r) => [...r]), y: y.map((r) => [...r]), names },
        scaling,
        problem,
        w0,
        axis,
        axisJ,
      },
      w0,
      `The ${source}`,
    );
  },

  setBias(on) {
    const s = get();
    const p = s.problem;
    if (on === p.bias) return true;
    // Same weights w₁…wₙ for each unit; w₀ is added at 0 or dropped.
    const groups: number[][] = [];
    for (let j = 0; j < p.k; j++) {
      const g = s.w0.slice(j * p.d, (j + 1) * p.d);
      groups.push(on ? [0, ...g] : g.slice(1));
    }
    return get().loadProblem({ bias: on, w: groups, edit: true }, on ? 'bias input x₀ = 1' : 'problem without the bias');
  },

  setStandardize(on) {
    const s = get();
    if (on === s.standardize) return true;
    const { x, scaling } = inputsFor(s.data.x, on);
    const built = buildProblem(x, s.data.y, null, s.problem.bias);
    if (!built.ok) {
      s.notify(`The inputs were not ${on ? 'standardized' : 'restored'}: ${built.error}.`, 'error');
      return false;
    }
    return restart(get, set, { standardize: on, scaling, problem: built.value.problem }, s.w0, on ? 'Standardizing' : 'Unstandardizing');
  },
});
