/**
 * The embed bridge of DESIGN §3, for a page that puts the app in an iframe with
 * embed=1. The app posts `{type:"error-bowl:resize", height}` when its height
 * changes and `{type:"error-bowl:state", step, E, w, status, runs}` (runs: every run, the page’s own first) when the run
 * changes (at most every STATE_INTERVAL_MS, and always the last one), and obeys
 * `{type:"error-bowl:command", command, params}` from its parent window only
 * (`event.source === window.parent`), and, when an origin was configured
 * (`origin=`), only from that exact origin; an `origin=` that is not a bare
 * origin closes the frame to every page (fail closed). `set` takes the URL's
 * parameters as an object, each value of its own type (a boolean only for a 0/1
 * switch), and goes through the same typed allow-list as the URL. A command that
 * is malformed, or throws while it is read, is ignored with a notice: nothing
 * thrown, nothing changed.
 */
import type { AppStore } from '../store';
import { applyUrlParams } from './apply';
import { takeSteps } from './slices';
import { parseUrl, type ParamProblem } from './url';

/** Least time between two state messages while a run plays. */
export const STATE_INTERVAL_MS = 100;
/** Most steps one `step` command may take. */
export const MAX_COMMAND_STEPS = 10_000;

/**
 * The parameters `set` accepts (everything but the page-shell ones) and the
 * JavaScript types each takes: a boolean only for a 0/1 switch, a number where
 * the URL holds a number, else the URL's text.
 */
const SETTABLE = new Map<string, 'name' | 'number' | 'switch' | 'numbers'>([
  ['preset', 'name'], ['act', 'name'], ['loss', 'name'], ['mode', 'name'], ['view', 'name'], ['theme', 'name'], ['opt', 'name'], ['runs', 'name'],
  ['mu', 'number'], ['alpha', 'number'], ['beta1', 'number'], ['beta2', 'number'], ['eps', 'number'],
  ['eta', 'number'], ['batch', 'number'], ['steps', 'number'], ['speed', 'number'], ['goal', 'number'], ['within', 'number'],
  ['bias', 'switch'], ['std', 'switch'],
  ['x', 'numbers'], ['y', 'numbers'], ['w', 'numbers'], ['axes', 'numbers'], ['window', 'numbers'],
]);

/** A message the app posts. */
export type OutMessage =
  | { type: 'error-bowl:resize'; height: number }
  | { type: 'error-bowl:state'; step: number; E: number; w: number[]; status: string; runs: RunState[] };

/** One run of the page in a state message: the page's own first, then any racing it (runs=). */
export interface RunState {
  optimizer: string;
  eta: number;
  step: number;
  E: number;
  w: number[];
  status: string;
}

/** What the bridge talks to; the page's window by default (tests pass their own). */
export interface BridgeHost {
  /** The window commands must come from and messages go to. */
  parent: Pick<Window, 'postMessage'>;
  /** Where `message` events arrive. */
  addEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', fn: (e: MessageEvent) => void): void;
  /** The element whose height is posted (omit to post none). */
  root?: HTMLElement;
}

/** A value named in a notice without converting it (an object's toString may throw, or lie). */
function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return `“${v.slice(0, 24)}”`;
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `${/^[aeiou]/.test(typeof v) ? 'an' : 'a'} ${typeof v}`;
}

/** An own property of `o`, read once (a getter or a Proxy may throw: the caller catches). */
function own(o: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

/**
 * A `set` command's params as URL text, each value checked for its type and read
 * once; the keys refused are named. Null when params is not a plain object. Throws
 * when reading params throws (the caller catches, before anything is changed).
 */
function setParamsText(params: unknown): { text: string; refused: ParamProblem[] } | null {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const q = new URLSearchParams();
  const refused: ParamProblem[] = [];
  for (const key of Object.keys(params)) {
    const name = key.slice(0, 40);
    const kind = SETTABLE.get(key);
    const v = own(params, key);
    if (!kind) {
      refused.push({ param: name, why: 'it cannot be set' });
      continue;
    }
    let text: string | null = null;
    if (typeof v === 'string') text = v;
    else if (typeof v === 'number' && kind !== 'name') text = kind === 'switch' && v !== 0 && v !== 1 ? null : String(v);
    else if (typeof v === 'boolean' && kind === 'switch') text = v ? '1' : '0';
    if (text === null) {
      const want = { name: 'a name (a string)', number: 'a number (a boolean is not one)', switch: 'true or false (or 0 or 1)', numbers: 'a string of numbers like “1,2;3,4”' }[kind];
      refused.push({ param: name, why: `it is ${describe(v)}; give ${want}` });
      continue;
    }
    q.set(key, text);
  }
  return { text: q.toString(), refused };
}

/** The steps a `step` command asks for (1 when n is absent), or why the command is ignored. */
function stepCount(params: unknown): { n: number } | { error: string } {
  if (params === undefined || params === null) return { n: 1 };
  if (typeof params !== 'object' || Array.isArray(params)) return { error: `its params are ${describe(params)}; give an object like {n: 5}` };
  const n = own(params, 'n');
  if (n === undefined) return { n: 1 };
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1) return { n: Math.min(n, MAX_COMMAND_STEPS) };
  return { error: `n is ${describe(n)}; n must be a whole number from 1 to ${MAX_COMMAND_STEPS.toLocaleString('en')} (or absent, for one step)` };
}

/** Obeys one command; returns false when the message was not a command for us. Never throws. */
export function obeyCommand(store: AppStore, data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  let type: unknown;
  try {
    type = (data as Record<string, unknown>).type;
  } catch {
    return false; // Not readable, so not one of ours.
  }
  if (type !== 'error-bowl:command') return false;
  const s = store.getState();
  try {
    const command = (data as Record<string, unknown>).command;
    const params = (data as Record<string, unknown>).params;
    switch (command) {
      case 'step': {
        const count = stepCount(params);
        if ('error' in count) s.notify(`A “step” command from the page was ignored: ${count.error}.`, 'warning');
        else takeSteps(store, count.n);
        return true;
      }
      case 'play':
        s.play();
        return true;
      case 'pause':
        s.pause();
        return true;
      case 'reset':
        s.reset();
        return true;
      case 'set': {
        const made = setParamsText(params);
        if (!made) {
          s.notify('A “set” command from the page was ignored: its params must be an object like {eta: 0.5}.', 'warning');
          return true;
        }
        // Everything was read above; only now is anything changed.
        const parsed = parseUrl('', made.text);
        const shell = applyUrlParams(store, parsed.params, [...made.refused, ...parsed.problems], { deferSteps: true, what: '“set” parameters' });
        if (shell.steps > 0) takeSteps(store, shell.steps);
        return true;
      }
      default:
        s.notify(`The page sent an unknown command ${typeof command === 'string' ? describe(command) : `(${describe(command)})`}; it was ignored.`, 'warning');
        return true;
    }
  } catch {
    // A getter or Proxy in the message threw while it was read: nothing was applied.
    s.notify('A command from the page could not be read (reading it threw); it was ignored.', 'warning');
    return true;
  }
}

/**
 * Starts the bridge: commands from `host.parent` (and `origin`, when given) are
 * obeyed; state and size are posted to it. With `origin` false (an `origin=`
 * that is not a bare origin) no command is obeyed and no state is posted: only
 * the height, which the page needs to lay the frame out. Returns a function that
 * stops it.
 */
export function startEmbedBridge(store: AppStore, host: BridgeHost, origin: string | null | false): () => void {
  const closed = origin === false;
  const target = typeof origin === 'string' ? origin : '*';
  const post = (m: OutMessage) => {
    try {
      host.parent.postMessage(m, target);
    } catch {
      // A parent gone or of another origin than configured: nothing to tell.
    }
  };
  const onMessage = (e: MessageEvent) => {
    if (closed || e.source !== host.parent) return;
    if (typeof origin === 'string' && e.origin !== origin) return;
    obeyCommand(store, e.data);
  };
  host.addEventListener('message', onMessage);

  // State: on every change of the run, throttled, with the last one always sent.
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendState = () => {
    timer = null;
    last = performance.now();
    const { snapshot: s, optimizer, eta, racers } = store.getState();
    const runs: RunState[] = [
      { optimizer, eta, step: s.step, E: s.E, w: [...s.w], status: s.status },
      ...racers.map(({ optimizer, eta, runner: r }) => ({ optimizer, eta, step: r.step, E: r.E, w: Array.from(r.w), status: r.status })),
    ];
    post({ type: 'error-bowl:state', step: s.step, E: s.E, w: [...s.w], status: s.status, runs });
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (closed || state.snapshot === prev.snapshot || timer !== null) return;
    const wait = STATE_INTERVAL_MS - (performance.now() - last);
    if (wait <= 0) sendState();
    else timer = setTimeout(sendState, wait);
  });
  if (!closed) sendState();

  // Size: the root's height, whenever it changes.
  let observer: ResizeObserver | null = null;
  let height = -1;
  if (host.root && typeof ResizeObserver === 'function') {
    const root = host.root;
    observer = new ResizeObserver(() => {
      const h = Math.ceil(root.getBoundingClientRect().height);
      // A root not laid out yet measures 0: the page would collapse the frame, so wait for a real height.
      if (h > 0 && h !== height) {
        height = h;
        post({ type: 'error-bowl:resize', height: h });
      }
    });
    observer.observe(root);
  }

  return () => {
    host.removeEventListener('message', onMessage);
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    observer?.disconnect();
  };
}
