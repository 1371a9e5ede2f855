/**
 * A preset as store data: its problem (standardized when the preset says so),
 * records, starting weights, settings, axes and (when it names one) view. Pure:
 * it builds values and touches no store, so the initial state and `loadPreset`
 * share it.
 */
import { scalingOf, standardize as standardizeRows, type Scaling } from '../engine';
import type { Preset } from './presets';
import { buildProblem } from './problemInput';
import type { AppData } from './types';

/** The inputs descent sees: the records' own, or standardized with their scaling. */
export function inputsFor(x: readonly (readonly number[])[], on: boolean): { x: number[][]; scaling: Scaling | null } {
  if (!on) return { x: x.map((r) => [...r]), scaling: null };
  const scaling = scalingOf(x);
  return { x: standardizeRows(x, scaling), scaling };
}

/** Column names fit for n inputs and k targets, else null. */
export function namesFit(names: readonly string[] | null | undefined, n: number, k: number): readonly string[] | null {
  return names && names.length === n + k ? [...names] : null;
}

/** A weight index other than `q` (−1 when there is only one weight). */
export function otherAxis(q: number, dims: number): number {
  if (dims < 2) return -1;
  return q === 0 ? 1 : 0;
}

/** What loading `preset` sets; throws when a preset is malformed (a bug in presets.ts, caught by its tests). */
export function presetState(preset: Preset): Partial<AppData> & Pick<AppData, 'problem' | 'w0'> {
  const on = preset.standardize ?? false;
  const { x, scaling } = inputsFor(preset.x, on);
  const built = buildProblem(
    x,
    preset.y.map((r) => [...r]),
    preset.w.map((r) => [...r]),
    preset.bias,
  );
  if (!built.ok) throw new Error(`preset ${preset.id} is malformed: ${built.error}`);
  const { problem, w0 } = built.value;
  const dims = problem.k * problem.d;
  return {
    activation: preset.activation,
    loss: preset.loss ?? 'sse',
    mode: preset.mode ?? 'batch',
    eta: preset.eta,
    presetId: preset.id,
    caption: preset.caption,
    source: preset.source ?? null,
    data: { x: preset.x.map((r) => [...r]), y: preset.y.map((r) => [...r]), names: namesFit(preset.names, problem.n, problem.k) },
    standardize: on,
    scaling,
    problem,
    w0,
    axis: preset.axes?.[0] ?? 0,
    axisJ: preset.axes?.[1] ?? otherAxis(0, dims),
    // A preset without a view keeps the current one (the rules fall back to the curve when it cannot be shown).
    ...(preset.view ? { view: preset.view } : {}),
    playing: false,
  };
}
