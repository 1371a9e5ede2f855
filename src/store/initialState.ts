/**
 * The store's initial state, in one pure module (after xyflow's
 * `initialState.ts`): settings at their defaults, then the preset's problem and
 * a run started on it. Every field has a real value; nothing waits for an
 * action to fill it.
 */
import { DEFAULT_SPEED } from './limits';
import { DEFAULT_PRESET_ID, findPreset } from './presets';
import { presetState } from './presetState';
import { createFrameChannel } from './frames';
import { startRun, type RunStart } from './slices/restart';
import { atFinish } from './race';
import type { AppData } from './types';

/** Everything but the problem and its run. */
type Settings = Omit<AppData, keyof RunStart | 'problem' | 'w0' | 'frames' | 'finishedAt'>;

/** The settings every store starts from before a preset applies (a new object each call). */
export function defaults(): Settings {
  return {
    presetId: null,
    caption: '',
    source: null,
    data: { x: [], y: [], names: null },
    standardize: false,
    scaling: null,
    activation: 'linear',
    loss: 'sse',
    eta: 0.1,
    mode: 'batch',
    optimizer: 'gd',
    optimizerParams: {},
    batchSize: 2,
    speed: DEFAULT_SPEED,
    playing: false,
    stepThrough: false,
    view: 'curve',
    axis: 0,
    axisJ: -1,
    theme: 'light',
    mathRecord: null,
    mathUnit: 0,
    notices: [],
    helpOpen: false,
    // Plot window: none fixed until a link or `set` gives window=.
    plotWindow: null,
    loading: null,
    // Scenes: none until a lecture is loaded.
    deck: null,
    scene: 0,
    // Challenge: none until a link gives goal=.
    challenge: null,
    // Race: none until a link gives runs= or the race menu adds a run.
    racers: [],
  };
}

/** The state of a new store opened on preset `presetId` (the default bowl when unknown). */
export function initialState(presetId: string = DEFAULT_PRESET_ID): AppData {
  const preset = findPreset(presetId) ?? findPreset(DEFAULT_PRESET_ID);
  if (!preset) throw new Error(`the default preset ${DEFAULT_PRESET_ID} is missing`);
  const settings = { ...defaults(), ...presetState(preset) };
  const run = startRun(settings, settings.w0, null);
  if (!run) throw new Error(`preset ${preset.id} overflows`);
  return { ...settings, ...run, finishedAt: [atFinish(run.runner, null) ? 0 : null], frames: createFrameChannel(run.snapshot) };
}
