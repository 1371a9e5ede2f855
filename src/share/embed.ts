/**
 * The embed bridge of DESIGN §3, for a page that puts the app in an iframe with
 * embed=1. The app posts `{type:"error-bowl:resize", height}` when its height
 * changes and `{type:"error-bowl:state", step, E, w, status}` when the run
 * changes (at most every STATE_INTERVAL_MS, and always the last one), and obeys
 * `{type:"error-bowl:command", command, params}` from its parent window only
 * (`event.source === window.parent`), and, when an origin was configured
 * (`origin=`), only from that exact origin. `set` takes the URL's parameters as
 * an object and goes through the same typed allow-list as the URL.
 */
import type { AppStore } from '../store';
import { applyUrlParams } from './apply';
import { parseUrl } from './url';

/** Least time between two state messages while a run plays. */
export const STATE_INTERVAL_MS = 100;
/** Most steps one `step` command may take. */
export const MAX_COMMAND_STEPS = 10_000;
/** Parameters `set` accepts: everything but the page-shell ones. */
const SETTABLE = new Set(['preset', 'act', 'eta', 'x', 'y', 'w', 'bias', 'std', 'loss', 'mode', 'batch', 'view', 'axes', 'steps', 'speed', 'theme']);

/** A message the app posts. */
export type OutMessage =
  | { type: 'error-bowl:resize'; height: number }
  | { type: 'error-bowl:state'; step: number; E: number; w: number[]; status: string };

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

/** Turns a `set` command's params object into URL text, own plain values only; null when unusable. */
function setParamsText(params: unknown): { text: string; refused: string[] } | null {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const q = new URLSearchParams();
  const refused: string[] = [];
  for (const key of Object.keys(params)) {
    const v = (params as Record<string, unknown>)[key];
    if (!SETTABLE.has(key) || !['string', 'number', 'boolean'].includes(typeof v)) {
      refused.push(key.slice(0, 40));
      continue;
    }
    q.set(key, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return { text: q.toString(), refused };
}

/** Obeys one command; returns false when the message was not a command for us. */
export function obeyCommand(store: AppStore, data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const { type, command, params } = data as Record<string, unknown>;
  if (type !== 'error-bowl:command') return false;
  const s = store.getState();
  switch (command) {
    case 'step': {
      const n = typeof params === 'object' && params !== null ? (params as Record<string, unknown>).n : undefined;
      const count = typeof n === 'number' && Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_COMMAND_STEPS) : 1;
      s.step(count);
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
      for (const key of made.refused) s.notify(`A “set” command named “${key}”, which cannot be set; it was ignored.`, 'warning');
      const { params: parsed, notices } = parseUrl('', made.text);
      applyUrlParams(store, parsed, notices);
      return true;
    }
    default:
      s.notify(`The page sent an unknown command “${String(command).slice(0, 40)}”; it was ignored.`, 'warning');
      return true;
  }
}

/**
 * Starts the bridge: commands from `host.parent` (and `origin`, when given) are
 * obeyed; state and size are posted to it. Returns a function that stops it.
 */
export function startEmbedBridge(store: AppStore, host: BridgeHost, origin: string | null): () => void {
  const target = origin ?? '*';
  const post = (m: OutMessage) => {
    try {
      host.parent.postMessage(m, target);
    } catch {
      // A parent gone or of another origin than configured: nothing to tell.
    }
  };
  const onMessage = (e: MessageEvent) => {
    if (e.source !== host.parent) return;
    if (origin !== null && e.origin !== origin) return;
    obeyCommand(store, e.data);
  };
  host.addEventListener('message', onMessage);

  // State: on every change of the run, throttled, with the last one always sent.
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const sendState = () => {
    timer = null;
    last = performance.now();
    const { snapshot: s } = store.getState();
    post({ type: 'error-bowl:state', step: s.step, E: s.E, w: [...s.w], status: s.status });
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.snapshot === prev.snapshot || timer !== null) return;
    const wait = STATE_INTERVAL_MS - (performance.now() - last);
    if (wait <= 0) sendState();
    else timer = setTimeout(sendState, wait);
  });
  sendState();

  // Size: the root's height, whenever it changes.
  let observer: ResizeObserver | null = null;
  let height = -1;
  if (host.root && typeof ResizeObserver === 'function') {
    const root = host.root;
    observer = new ResizeObserver(() => {
      const h = Math.ceil(root.getBoundingClientRect().height);
      if (h !== height) {
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
