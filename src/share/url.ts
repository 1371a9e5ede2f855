/**
 * The URL contract of DESIGN §3: parameters from the query string and the
 * fragment (the fragment wins), parsed through a typed allow-list. Anything
 * unknown or invalid is dropped with a notice that names it; nothing here
 * touches the DOM or the store.
 */
import { isActivationName, isLossName, isModeName, MAX_INPUTS, MAX_OUTPUTS, MAX_RECORDS, OPTIMIZER_NAMES, type ActivationName, type LossName, type ModeName, type OptimizerName, type OptimizerParams } from '../engine';
import { HYPER_NAMES, parseHyper } from './optimizerParams';
import { CHALLENGE_NAMES, parseChallengeParam } from './challengeParams';
import { parseWindow } from './windowParam';
import { parseRuns } from './runsParam';
import { ETA_MAX, ETA_MIN, MAX_INITIAL_STEPS, SPEED_MAX, SPEED_MIN, type RaceRun, type ThemeName, type ViewName } from '../store';
import { parseNumber } from '../notation';

export { parseNumber, parseWindow };

/** Parameters after validation; absent means "not given or invalid". */
export interface UrlParams {
  preset?: string;
  act?: ActivationName;
  eta?: number;
  x?: number[][];
  y?: number[][];
  w?: number[][];
  bias?: boolean;
  /** Standardize the inputs (an addition to DESIGN §3). */
  std?: boolean;
  loss?: LossName;
  mode?: ModeName;
  batch?: number;
  opt?: OptimizerName;
  /** The optimizer's hyper-parameters (optimizerParams.ts). */
  hyper?: Partial<OptimizerParams>;
  /** A race (runsParam.ts): the page's own run first, then the runs racing it. */
  runs?: RaceRun[];
  view?: ViewName;
  /** Seed indices of the weights on the plot's axes. */
  axes?: number[];
  steps?: number;
  speed?: number;
  embed?: boolean;
  /**
   * The one parent origin whose commands are obeyed; false when `origin=` was given but is not a bare
   * origin (the frame then obeys no page: fail closed, never open).
   */
  origin?: string | false;
  theme?: ThemeName;
  /** Plot window: w from, to across (the curve's weight, wᵢ), then optionally from, to up (wⱼ). */
  window?: number[];
  /** Scenes: a JSON list of {caption, params, until?}, checked in share/scenes/ (here only its length). */
  scenes?: string;
  /** Scenes: the address of a JSON scene file on the page's own origin (checked again when fetched). */
  lecture?: string;
  /** A challenge (challengeParams.ts): bring E below `goal` within `within` steps. */
  goal?: number;
  within?: number;
}

/** Every parameter name the app reads. */
export const PARAM_NAMES = [
  'preset', 'act', 'eta', 'x', 'y', 'w', 'bias', 'std', 'loss', 'mode', 'batch', 'opt', 'runs',
  'view', 'axes', 'steps', 'speed', 'embed', 'origin', 'theme', 'scenes', 'lecture',
  'window', ...HYPER_NAMES, ...CHALLENGE_NAMES,
] as const;

/** Longest `lecture=` address (characters). */
export const MAX_LECTURE_URL_LENGTH = 2_000;

/** Longest value read for any one parameter (characters). */
export const MAX_PARAM_LENGTH = 200_000;

/**
 * Records `1,2;3,4` → [[1,2],[3,4]]. Returns an error naming the first bad
 * value's record and position.
 */
export function parseRecords(
  text: string,
  maxRows: number,
  maxCols: number,
  /** What one `;`-separated part is called in messages: a record of x or y, a group of w. */
  part = 'record',
): { ok: true; rows: number[][] } | { ok: false; error: string } {
  const trimmed = text.trim().replace(/;$/, '');
  if (trimmed === '') return { ok: false, error: 'it is empty' };
  const parts = trimmed.split(';');
  if (parts.length > maxRows) return { ok: false, error: `it has ${parts.length} ${part}s; at most ${maxRows}` };
  const rows: number[][] = [];
  for (let r = 0; r < parts.length; r++) {
    const cells = parts[r].split(',');
    if (cells.length > maxCols) return { ok: false, error: `${part} ${r + 1} has ${cells.length} values; at most ${maxCols}` };
    const row: number[] = [];
    for (let c = 0; c < cells.length; c++) {
      const v = parseNumber(cells[c]);
      if (v === null) {
        const shown = cells[c].trim().slice(0, 24);
        return { ok: false, error: `${part} ${r + 1}, value ${c + 1} (“${shown}”) is not a finite number` };
      }
      row.push(v);
    }
    rows.push(row);
  }
  return { ok: true, rows };
}

function oneOf<T extends string>(values: readonly T[]): (v: string) => T | null {
  return (v) => ((values as readonly string[]).includes(v) ? (v as T) : null);
}

const THEMES = oneOf<ThemeName>(['light', 'dark', 'projector']);
const VIEWS = oneOf<ViewName>(['curve', 'contour', 'surface', 'data']);
const OPTS = oneOf(OPTIMIZER_NAMES);

/** Collects parameters from the query, then the fragment (which wins). Only own, known names. */
export function collectParams(search: string, hash: string): { values: Map<string, string>; unknown: string[] } {
  const values = new Map<string, string>();
  const unknown: string[] = [];
  for (const part of [search.replace(/^\?/, ''), hash.replace(/^#/, '')]) {
    if (!part) continue;
    for (const [key, value] of new URLSearchParams(part)) {
      if ((PARAM_NAMES as readonly string[]).includes(key)) values.set(key, value);
      else if (!unknown.includes(key)) unknown.push(key);
    }
  }
  return { values, unknown };
}

/** Shortens a value for a notice, so a megabyte of junk does not become a megabyte of message. */
function show(v: string): string {
  return v.length > 40 ? `${v.slice(0, 40)}…` : v;
}

/** One parameter that was ignored, and why (for one notice that lists them all). */
export interface ParamProblem {
  /** The parameter's name, or `name=value` (shortened), as people should see it. */
  param: string;
  /** Why it was ignored, without a full stop. */
  why: string;
}

/** The sentence for one problem, as a notice of its own. */
export function problemSentence(p: ParamProblem, what = 'URL parameter'): string {
  return p.why === 'unknown parameter' ? `Unknown ${what} “${p.param}” was ignored.` : `${what} ${p.param} was ignored: ${p.why}.`;
}

/** The result of parsing a URL: valid parameters, and a problem (and its sentence) for each ignored one. */
export interface ParsedUrl {
  params: UrlParams;
  /** One sentence per ignored parameter (the same order as `problems`). */
  notices: string[];
  problems: ParamProblem[];
}

/** Parses and validates the URL's parameters. Never throws. */
export function parseUrl(search: string, hash: string): ParsedUrl {
  const { values, unknown } = collectParams(search, hash);
  const params: UrlParams = {};
  const problems: ParamProblem[] = unknown.map((k) => ({ param: show(k), why: 'unknown parameter' }));
  const bad = (name: string, value: string, why: string) => problems.push({ param: `${name}=${show(value)}`, why });

  for (const [name, raw] of values) {
    if (raw.length > MAX_PARAM_LENGTH) {
      problems.push({ param: name, why: `it is longer than ${MAX_PARAM_LENGTH.toLocaleString('en')} characters` });
      continue;
    }
    const value = raw.trim();
    switch (name) {
      case 'preset':
        if (/^[a-z0-9-]{1,40}$/.test(value)) params.preset = value;
        else bad(name, value, 'not a preset name');
        break;
      case 'act':
        if (isActivationName(value)) params.act = value;
        else bad(name, value, 'use sigmoid, tanh, linear, relu, leaky-relu or softplus');
        break;
      case 'loss':
        if (isLossName(value)) params.loss = value;
        else bad(name, value, 'use sse or mse');
        break;
      case 'mode':
        if (isModeName(value)) params.mode = value;
        else bad(name, value, 'use batch, stochastic or minibatch');
        break;
      case 'theme': {
        const t = THEMES(value);
        if (t) params.theme = t;
        else bad(name, value, 'use light, dark or projector');
        break;
      }
      case 'view': {
        const v = VIEWS(value);
        if (v) params.view = v;
        else bad(name, value, 'use curve, contour, surface or data');
        break;
      }
      case 'mu': case 'alpha': case 'beta1': case 'beta2': case 'eps': {
        const h = parseHyper(name, value);
        if (h.ok) params.hyper = { ...params.hyper, [name]: h.value };
        else bad(name, value, h.why);
        break;
      }
      case 'opt': {
        const o = OPTS(value);
        if (o) params.opt = o;
        else bad(name, value, 'use gd, momentum, nesterov, adagrad, rmsprop or adam');
        break;
      }
      case 'runs': {
        const r = parseRuns(value);
        if (r.ok) params.runs = r.runs;
        else bad(name, value, r.why);
        break;
      }
      case 'eta': {
        const v = parseNumber(value);
        if (v !== null && v >= ETA_MIN && v <= ETA_MAX) params.eta = v;
        else bad(name, value, `η must be a number from ${ETA_MIN} to ${ETA_MAX}`);
        break;
      }
      case 'speed': {
        const v = parseNumber(value);
        if (v !== null && v >= SPEED_MIN && v <= SPEED_MAX) params.speed = v;
        else bad(name, value, `speed must be from ${SPEED_MIN} to ${SPEED_MAX} steps per second`);
        break;
      }
      case 'steps': {
        const v = parseNumber(value);
        if (v !== null && Number.isInteger(v) && v >= 0 && v <= MAX_INITIAL_STEPS) params.steps = v;
        else bad(name, value, `steps must be a whole number from 0 to ${MAX_INITIAL_STEPS}`);
        break;
      }
      case 'batch': {
        const v = parseNumber(value);
        if (v !== null && Number.isInteger(v) && v >= 1 && v <= MAX_RECORDS) params.batch = v;
        else bad(name, value, 'the batch size must be a whole number of at least 1');
        break;
      }
      case 'bias':
      case 'std':
      case 'embed':
        if (value === '0' || value === '1') params[name] = value === '1';
        else bad(name, value, 'use 0 or 1');
        break;
      // Plot window: 2 or 4 numbers, each pair from < to (windowParam.ts).
      case 'window': {
        const parsed = parseWindow(value);
        if (parsed.ok) params.window = parsed.values;
        else bad(name, value, parsed.error);
        break;
      }
      case 'goal': case 'within': {
        const c = parseChallengeParam(name, value);
        if (c.ok) params[name] = c.value;
        else bad(name, value, c.why);
        break;
      }
      case 'axes': {
        const parts = value.split(',').map(parseNumber);
        if (parts.length >= 1 && parts.length <= 2 && parts.every((p) => p !== null && Number.isInteger(p) && p >= 0 && p <= MAX_INPUTS)) params.axes = parts as number[];
        else bad(name, value, 'use one or two weight indices, like axes=1,2');
        break;
      }
      case 'origin': {
        let u: URL | null = null;
        try {
          u = new URL(value);
        } catch {
          // Not a URL at all: refused below.
        }
        if (u && u.origin !== 'null' && u.origin === value.replace(/\/$/, '')) params.origin = u.origin;
        else {
          // Fail closed: an author who named an origin wanted only that page obeyed, and a typo must not open the frame to all.
          params.origin = false;
          bad(name, value, 'give a bare origin like https://example.org; until then this frame obeys no page’s commands');
        }
        break;
      }
      // Scenes: the list is parsed and each scene checked in share/scenes/; here only what can be judged alone.
      case 'scenes':
        if (value !== '') params.scenes = value;
        else bad(name, value, 'it is empty; give a list of scenes');
        break;
      case 'lecture':
        // A path on this site (examples/lecture.json) or an http(s) address; the same-origin check comes when it is fetched.
        if (value !== '' && value.length <= MAX_LECTURE_URL_LENGTH && (!/^[a-z][a-z0-9+.-]*:/i.test(value) || /^https?:/i.test(value))) params.lecture = value;
        else bad(name, value, 'give the address of a scene file on this site, like examples/lecture.json');
        break;
      case 'x':
      case 'y':
      case 'w': {
        const cols = name === 'y' ? MAX_OUTPUTS : MAX_INPUTS + 1;
        const rows = name === 'w' ? MAX_OUTPUTS : MAX_RECORDS;
        const parsed = parseRecords(value, rows, cols, name === 'w' ? 'group' : 'record');
        if (parsed.ok) params[name] = parsed.rows;
        else bad(name, value, parsed.error);
        break;
      }
    }
  }
  return { params, notices: problems.map((p) => problemSentence(p)), problems };
}
