/**
 * Reading a list of scenes (from `scenes=` or a lecture file), strictly: the list is a JSON array of
 * scenes, or an object `{title, scenes}`; each scene is `{caption, params, until?}` with nothing else.
 * A scene that breaks a rule, or whose parameters would not load as a link (the check is passed in),
 * is refused and named; the others are kept. A list that is not JSON, not a list, empty or too long is
 * refused whole. Nothing here touches the store.
 */
import { MAX_INITIAL_STEPS, type SceneCard } from '../../store';

/** Most scenes in one list. */
export const MAX_SCENES = 30;
/** Longest caption (characters). */
export const MAX_CAPTION_LENGTH = 300;
/** Longest lecture title (characters). */
export const MAX_TITLE_LENGTH = 120;

/** Whether a scene's link parameters load (the step it then opens at), or why not. */
export type SceneCheck = (params: string) => { ok: true; startStep: number } | { ok: false; why: string };

/** A scene that was refused: its place (from 0), its caption when it had one, and why. */
export interface RefusedScene {
  index: number;
  caption: string | null;
  why: string;
}

/** What a list of scenes gave: the scenes kept, those refused, or why the whole list was refused. */
export interface SceneListResult {
  title: string | null;
  scenes: SceneCard[];
  refused: RefusedScene[];
  /** Set when the whole list was refused (then `scenes` and `refused` are empty). */
  error: string | null;
  /** How many scenes the list held. */
  total: number;
}

/** How a JSON value is named in a message. */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    default:
      return typeof v;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const refusedList = (why: string, total = 0): SceneListResult => ({ title: null, scenes: [], refused: [], error: why, total });

/** One scene, checked: its card, or why it is refused. */
function readScene(value: unknown, check: SceneCheck): { card: SceneCard } | { why: string } {
  if (!isRecord(value)) return { why: `it is ${describeValue(value)}, not an object {caption, params}` };
  const unknown = Object.keys(value).filter((k) => k !== 'caption' && k !== 'params' && k !== 'until');
  if (unknown.length > 0) return { why: `unknown field “${unknown[0].slice(0, 40)}” (a scene has caption, params and until)` };
  const { caption, params, until } = value;
  if (typeof caption !== 'string' || caption.trim() === '' || caption.length > MAX_CAPTION_LENGTH) {
    const is = typeof caption === 'string' ? `${caption.trim() === '' ? 'empty' : `${caption.length} characters long`}` : describeValue(caption);
    return { why: `its caption must be text of 1 to ${MAX_CAPTION_LENGTH} characters (it is ${is})` };
  }
  if (typeof params !== 'string') return { why: `its params must be text like "preset=bowl&eta=0.25" (they are ${describeValue(params)})` };
  let last: number | null = null;
  if (until !== undefined && until !== null) {
    if (typeof until !== 'number' || !Number.isInteger(until) || until < 1 || until > MAX_INITIAL_STEPS) {
      return { why: `until must be a whole number from 1 to ${MAX_INITIAL_STEPS.toLocaleString('en')} (it is ${typeof until === 'number' ? String(until) : describeValue(until)})` };
    }
    last = until;
  }
  const text = params.trim().replace(/^[#?]/, '');
  const checked = check(text);
  if (!checked.ok) return { why: checked.why };
  if (last !== null && last <= checked.startStep) return { why: `until=${last} must be past the ${checked.startStep} steps its params take` };
  return { card: { caption: caption.trim(), params: text, until: last, startStep: checked.startStep } };
}

/** Reads a parsed JSON value as a list of scenes. Never throws. */
export function readSceneList(value: unknown, check: SceneCheck): SceneListResult {
  let title: string | null = null;
  let list: unknown = value;
  if (isRecord(value)) {
    const unknown = Object.keys(value).filter((k) => k !== 'title' && k !== 'scenes');
    if (unknown.length > 0) return refusedList(`unknown field “${unknown[0].slice(0, 40)}” (a scene file has title and scenes)`);
    if (value.title !== undefined) {
      if (typeof value.title !== 'string' || value.title.length > MAX_TITLE_LENGTH) return refusedList(`its title must be text of at most ${MAX_TITLE_LENGTH} characters`);
      title = value.title.trim() || null;
    }
    list = value.scenes;
  }
  if (!Array.isArray(list)) return refusedList(`it is ${describeValue(list)}, not a list of scenes (a JSON array, or an object with a "scenes" array)`);
  if (list.length === 0) return refusedList('it has no scenes');
  if (list.length > MAX_SCENES) return refusedList(`it has ${list.length} scenes; at most ${MAX_SCENES}`, list.length);
  const scenes: SceneCard[] = [];
  const refused: RefusedScene[] = [];
  list.forEach((item, index) => {
    const read = readScene(item, check);
    if ('card' in read) scenes.push(read.card);
    else {
      const caption = isRecord(item) && typeof item.caption === 'string' && item.caption.trim() !== '' ? item.caption.trim() : null;
      refused.push({ index, caption, why: read.why });
    }
  });
  return { title, scenes, refused, error: null, total: list.length };
}

/** Reads JSON text as a list of scenes. Never throws. */
export function parseSceneList(text: string, check: SceneCheck): SceneListResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return refusedList(`it is not valid JSON (${e instanceof Error ? e.message.slice(0, 80) : 'unreadable'})`);
  }
  return readSceneList(value, check);
}

/** A scene as people should see it named in a notice: its number and the start of its caption. */
function sceneName(r: RefusedScene): string {
  if (r.caption === null) return `scene ${r.index + 1}`;
  const shown = r.caption.length > 40 ? `${r.caption.slice(0, 40)}…` : r.caption;
  return `scene ${r.index + 1} (“${shown}”)`;
}

/** One notice naming every refused scene and why (null when none was refused). */
export function refusedScenesNotice(result: SceneListResult): string | null {
  const { refused, scenes, total } = result;
  if (refused.length === 0) return null;
  const rest = scenes.length === 0 ? 'No scene is left to show; the page is as it was.' : `The other ${scenes.length} of ${total} are loaded.`;
  if (refused.length === 1) {
    const name = sceneName(refused[0]);
    return `${name[0].toUpperCase()}${name.slice(1)} was left out: ${refused[0].why}. ${rest}`;
  }
  return `These ${refused.length} scenes were left out: ${refused.map((r) => `${sceneName(r)}: ${r.why}`).join('; ')}. ${rest}`;
}
