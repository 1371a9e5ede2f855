/** The data slice: the records, the preset they came from and the starting weights. */
import type { StateCreator } from 'zustand';
import { findPreset } from '../presets';
import { buildProblem } from '../problemInput';
import type { AppState, DataSlice } from '../types';
import { restart } from './restart';
import { otherAxis } from './view';

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  presetId: null,
  caption: '',
  // Filled by loadPreset when createAppStore makes the store.
  problem: undefined as never,
  w0: [],

  loadPreset(id) {
    const preset = findPreset(id);
    if (!preset) {
      get().notify(`There is no preset “${id}”; kept the current problem.`, 'warning');
      return false;
    }
    const built = buildProblem(
      preset.x.map((r) => [...r]),
      preset.y.map((r) => [...r]),
      preset.w.map((r) => [...r]),
      preset.bias,
    );
    if (!built.ok) throw new Error(`preset ${id} is malformed: ${built.error}`);
    const ok = restart(
      get,
      set,
      {
        activation: preset.activation,
        eta: preset.eta,
        presetId: preset.id,
        caption: preset.caption,
        problem: built.value.problem,
        w0: built.value.w0,
        axis: 0,
        axisJ: otherAxis(0, built.value.problem.k * built.value.problem.d),
        playing: false,
      },
      built.value.w0,
      `The preset “${preset.id}”`,
    );
    if (!ok) throw new Error(`preset ${id} overflows`);
    return true;
  },

  loadProblem(input, source = 'data') {
    const s = get();
    const current = s.problem;
    const bias = input.bias ?? current.bias;
    const rows = (flat: Float64Array, width: number) => {
      const out: number[][] = [];
      for (let r = 0; r < flat.length / width; r++) out.push(Array.from(flat.subarray(r * width, (r + 1) * width)));
      return out;
    };
    const x = input.x ?? rows(current.x, current.n);
    const y = input.y ?? rows(current.y, current.k);
    let w: number[][] | null = input.w ?? null;
    // Keep the current starting weights when the shape of the network is unchanged.
    if (w === null && x[0]?.length === current.n && y[0]?.length === current.k && bias === current.bias) {
      w = [];
      for (let j = 0; j < current.k; j++) w.push(s.w0.slice(j * current.d, (j + 1) * current.d));
    }
    const built = buildProblem(x, y, w, bias);
    if (!built.ok) {
      s.notify(`The ${source} was not loaded: ${built.error}. The previous problem is kept.`, 'error');
      return false;
    }
    const { problem, w0 } = built.value;
    const dims = problem.k * problem.d;
    const axis = s.axis < dims ? s.axis : 0;
    const axisJ = s.axisJ >= 0 && s.axisJ < dims && s.axisJ !== axis ? s.axisJ : otherAxis(axis, dims);
    return restart(get, set, { presetId: null, problem, w0, axis, axisJ }, w0, `The ${source}`);
  },
});
