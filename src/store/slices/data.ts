/** The data slice: the records as given, their standardizing, the preset they came from and the starting weights. */
import type { StateCreator } from 'zustand';
import { scalingOf, standardize as standardizeRows, type Scaling } from '../../engine';
import { findPreset } from '../presets';
import { buildProblem } from '../problemInput';
import type { AppState, DataSlice, Dataset } from '../types';
import { restart } from './restart';
import { otherAxis } from './view';

/** The inputs descent sees: the records' own, or standardized with their scaling. */
function inputsFor(x: readonly (readonly number[])[], on: boolean): { x: number[][]; scaling: Scaling | null } {
  if (!on) return { x: x.map((r) => [...r]), scaling: null };
  const scaling = scalingOf(x);
  return { x: standardizeRows(x, scaling), scaling };
}

/** Column names fit for n inputs and k targets, else null. */
function namesFit(names: readonly string[] | null | undefined, n: number, k: number): readonly string[] | null {
  return names && names.length === n + k ? [...names] : null;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set, get) => ({
  presetId: null,
  caption: '',
  source: null,
  data: { x: [], y: [], names: null },
  standardize: false,
  scaling: null,
  // Filled by loadPreset when createAppStore makes the store.
  problem: undefined as never,
  w0: [],

  loadPreset(id) {
    const preset = findPreset(id);
    if (!preset) {
      get().notify(`There is no preset “${id}”; kept the current problem.`, 'warning');
      return false;
    }
    const on = preset.standardize ?? false;
    const { x, scaling } = inputsFor(preset.x, on);
    const built = buildProblem(
      x,
      preset.y.map((r) => [...r]),
      preset.w.map((r) => [...r]),
      preset.bias,
    );
    if (!built.ok) throw new Error(`preset ${id} is malformed: ${built.error}`);
    const data: Dataset = {
      x: preset.x.map((r) => [...r]),
      y: preset.y.map((r) => [...r]),
      names: namesFit(preset.names, built.value.problem.n, built.value.problem.k),
    };
    const ok = restart(
      get,
      set,
      {
        activation: preset.activation,
        loss: preset.loss ?? 'sse',
        mode: preset.mode ?? 'batch',
        eta: preset.eta,
        presetId: preset.id,
        caption: preset.caption,
        source: preset.source ?? null,
        data,
        standardize: on,
        scaling,
        problem: built.value.problem,
        w0: built.value.w0,
        axis: preset.axes?.[0] ?? 0,
        axisJ: preset.axes?.[1] ?? otherAxis(0, built.value.problem.k * built.value.problem.d),
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
    const { x, scaling } = inputsFor(rawX, s.standardize && finite);
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
        presetId: weightsOnly ? s.presetId : null,
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
