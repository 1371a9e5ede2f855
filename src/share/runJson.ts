/**
 * A run as JSON, for Export and for the data editor to load back: the records as given (with
 * their column names), the starting weights, the bias and standardizing, and the run's
 * settings (activation, error, mode, batch size, η, optimizer and its hyper-parameters), plus
 * the steps taken. Reading checks every field's type and range and names the first that is
 * wrong; nothing is applied from a file that does not read whole.
 */
import { isActivationName, isLossName, isModeName, isOptimizerName, MAX_INPUTS, MAX_OUTPUTS, MAX_RECORDS, type OptimizerParams } from '../engine';
import { ETA_MAX, ETA_MIN, type AppState, type ProblemInput, type ProblemSettings } from '../store';
import { isHyperName, parseHyper } from './optimizerParams';

/** What the file says it is. */
export const RUN_FORMAT = 'error-bowl-run';
export const RUN_VERSION = 1;

/** The file's fields. */
export interface RunFile {
  format: typeof RUN_FORMAT;
  version: typeof RUN_VERSION;
  names: string[] | null;
  x: number[][];
  y: number[][];
  /** Starting weights, one group per output unit (the bias weight first when it is on). */
  w: number[][];
  bias: boolean;
  std: boolean;
  act: string;
  loss: string;
  mode: string;
  batch: number;
  eta: number;
  opt: string;
  optimizerParams: Partial<OptimizerParams>;
  /** Steps the run had taken (a note: loading starts at step 0). */
  steps: number;
}

/** The run of `s` as a JSON text. */
export function runJson(s: AppState): string {
  const d = s.problem.d;
  const w = [];
  for (let o = 0; o < s.w0.length; o += d) w.push(s.w0.slice(o, o + d));
  const file: RunFile = {
    format: RUN_FORMAT,
    version: RUN_VERSION,
    names: s.data.names ? [...s.data.names] : null,
    x: s.data.x.map((r) => [...r]),
    y: s.data.y.map((r) => [...r]),
    w,
    bias: s.problem.bias,
    std: s.standardize,
    act: s.activation,
    loss: s.loss,
    mode: s.mode,
    batch: s.batchSize,
    eta: s.eta,
    opt: s.optimizer,
    optimizerParams: { ...s.optimizerParams },
    steps: s.snapshot.step,
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** A run read back, or why not. */
export type RunRead = { ok: true; input: ProblemInput; settings: ProblemSettings } | { ok: false; message: string };

const isRows = (v: unknown, maxRows: number, maxCols: number): v is number[][] =>
  Array.isArray(v) && v.length >= 1 && v.length <= maxRows && v.every((r) => Array.isArray(r) && r.length >= 1 && r.length <= maxCols && r.every((c) => typeof c === 'number' && Number.isFinite(c)));

/** Reads a run file; every field is checked for its type (a boolean is not a number). */
export function parseRunJson(text: string): RunRead {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `The file is not JSON (${e instanceof Error ? e.message : String(e)}).` };
  }
  const bad = (field: string, want: string): RunRead => ({ ok: false, message: `The run file's “${field}” must be ${want}.` });
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return { ok: false, message: 'The file is JSON but not a run (an object was expected).' };
  const f = v as Record<string, unknown>;
  if (f.format !== RUN_FORMAT) return bad('format', `"${RUN_FORMAT}"`);
  if (f.version !== RUN_VERSION) return bad('version', String(RUN_VERSION));
  if (!isRows(f.x, MAX_RECORDS, MAX_INPUTS)) return bad('x', `a list of records, each a list of 1 to ${MAX_INPUTS} finite numbers`);
  if (!isRows(f.y, MAX_RECORDS, MAX_OUTPUTS)) return bad('y', `a list of records, each a list of 1 to ${MAX_OUTPUTS} finite numbers`);
  if (f.w !== undefined && !isRows(f.w, MAX_OUTPUTS, MAX_INPUTS + 1)) return bad('w', 'a list of weight groups, one per output unit, of finite numbers');
  if (f.names !== undefined && f.names !== null && !(Array.isArray(f.names) && f.names.every((n) => typeof n === 'string' && n.length <= 200))) return bad('names', 'null or a list of column names');
  for (const key of ['bias', 'std'] as const) if (f[key] !== undefined && typeof f[key] !== 'boolean') return bad(key, 'true or false');
  if (f.act !== undefined && !(typeof f.act === 'string' && isActivationName(f.act))) return bad('act', 'sigmoid, tanh, linear, relu, leaky-relu or softplus');
  if (f.loss !== undefined && !(typeof f.loss === 'string' && isLossName(f.loss))) return bad('loss', 'sse or mse');
  if (f.mode !== undefined && !(typeof f.mode === 'string' && isModeName(f.mode))) return bad('mode', 'batch, stochastic or minibatch');
  if (f.opt !== undefined && !(typeof f.opt === 'string' && isOptimizerName(f.opt))) return bad('opt', 'gd, momentum, nesterov, adagrad, rmsprop or adam');
  if (f.batch !== undefined && !(typeof f.batch === 'number' && Number.isInteger(f.batch) && f.batch >= 1)) return bad('batch', 'a whole number of at least 1');
  if (f.eta !== undefined && !(typeof f.eta === 'number' && f.eta >= ETA_MIN && f.eta <= ETA_MAX)) return bad('eta', `a number from ${ETA_MIN} to ${ETA_MAX}`);
  const hyper: Partial<OptimizerParams> = {};
  if (f.optimizerParams !== undefined) {
    if (typeof f.optimizerParams !== 'object' || f.optimizerParams === null || Array.isArray(f.optimizerParams)) return bad('optimizerParams', 'an object like {"mu": 0.9}');
    for (const [name, value] of Object.entries(f.optimizerParams)) {
      if (!isHyperName(name) || typeof value !== 'number') return bad(`optimizerParams.${name.slice(0, 20)}`, 'one of mu, alpha, beta1, beta2, eps with a number');
      const h = parseHyper(name, String(value));
      if (!h.ok) return bad(`optimizerParams.${name}`, h.why);
      hyper[name] = h.value;
    }
  }
  const input: ProblemInput = { x: f.x, y: f.y, w: f.w as number[][] | undefined, bias: f.bias as boolean | undefined, names: (f.names as string[] | null | undefined) ?? null };
  const settings: ProblemSettings = {};
  if (f.std !== undefined) settings.standardize = f.std as boolean;
  if (f.act !== undefined) settings.activation = f.act as ProblemSettings['activation'];
  if (f.loss !== undefined) settings.loss = f.loss as ProblemSettings['loss'];
  if (f.mode !== undefined) settings.mode = f.mode as ProblemSettings['mode'];
  if (f.batch !== undefined) settings.batchSize = f.batch as number;
  if (f.eta !== undefined) settings.eta = f.eta as number;
  if (f.opt !== undefined) {
    settings.optimizer = f.opt as ProblemSettings['optimizer'];
    settings.optimizerParams = hyper;
  }
  return { ok: true, input, settings };
}
