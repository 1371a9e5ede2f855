/**
 * Saved settings: the learner's data and settings survive a reload. They are
 * kept by zustand's `persist` middleware (storage, schema version, migrate) in a
 * small store of their own, written as URL parameters — settings and data only,
 * never the run (no steps, no current weights) — and only when one of them
 * changes, never per frame. On load they are read back through the URL's typed
 * allow-list and tried on a scratch store first: a saved value that is
 * tampered, old or does not load is dropped whole, with a notice, never half
 * applied. Where storage throws (a sandboxed frame, a locked-down browser) the
 * app runs the same without it.
 */
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createAppStore, type AppState, type AppStore } from '../store';
import { applyUrlParams } from './apply';
import { stateParams } from './link';
import { parseUrl } from './url';

/** The storage key. */
export const SAVE_KEY = 'error-bowl:settings';
/** The schema version of what is saved; a different one is migrated or dropped. */
export const SAVE_VERSION = 1;
/** Longest saved text read back (characters). */
export const MAX_SAVED_LENGTH = 2_000_000;
/** Milliseconds a change waits before it is written (a slider drag writes once). */
export const SAVE_DELAY_MS = 300;

/** What is saved: the settings and data as URL parameters. */
export interface Saved {
  params: string;
}

/** localStorage behind try/catch: where it throws, nothing is read and nothing is kept. */
export const safeLocalStorage: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name);
    } catch {
      return null;
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value);
    } catch {
      // Full, or refused: the app goes on without saving.
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name);
    } catch {
      // As above.
    }
  },
};

/** The app state fields whose change is saved (the run's per-frame state is not among them). */
const WATCHED: readonly (keyof AppState)[] = [
  'presetId', 'data', 'w0', 'standardize', 'activation', 'loss', 'mode', 'batchSize', 'eta', 'speed', 'view', 'axis', 'axisJ', 'theme',
  'optimizer', 'optimizerParams',
];

/** The settings and data of `s` as parameters: the starting weights, no steps. */
export function savedParams(s: AppState): string {
  const p = stateParams({ ...s, replayable: true, runStart: s.w0, snapshot: { ...s.snapshot, step: 0, status: 'running' } });
  p.delete('steps');
  // A window fixed by a link belongs to that link's view of the problem, not to the learner's settings.
  p.delete('window');
  // So does a challenge: it is the link's, not the learner's.
  p.delete('goal');
  p.delete('within');
  return p.toString();
}

/** Checks a value read from storage before anything of it is used. */
function isSaved(v: unknown): v is Saved {
  return typeof v === 'object' && v !== null && typeof (v as Saved).params === 'string' && (v as Saved).params.length <= MAX_SAVED_LENGTH;
}

/** Saved settings for one app store. */
export interface Persistence {
  /** Reads what was saved and applies it to `app` if all of it is valid; says so otherwise. */
  restore(app: AppStore): Promise<'none' | 'restored' | 'dropped'>;
  /** Saves `app`'s settings whenever they change; returns a function that stops it. */
  watch(app: AppStore): () => void;
  /** Forgets what was saved. */
  clear(): void;
}

/** Makes the saved-settings store over `storage` (localStorage, safely, by default). */
export function createPersistence(storage: StateStorage = safeLocalStorage): Persistence {
  let readError: unknown = null;
  let defaults: string | null = null;
  const saved = createStore<Saved>()(
    persist(() => ({ params: '' }), {
      name: SAVE_KEY,
      version: SAVE_VERSION,
      storage: createJSONStorage(() => storage),
      skipHydration: true,
      // Version 1 is the first; anything else was written by another app or tampered with.
      migrate: (_state, version) => {
        throw new Error(`they were saved in format ${String(version).slice(0, 10)}, which this version cannot read`);
      },
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        if (!isSaved(persisted)) throw new Error('they are not in the expected form');
        return { ...current, params: persisted.params };
      },
      onRehydrateStorage: () => (_state, error) => {
        readError = error ?? null;
      },
    }),
  );

  const drop = (app: AppStore, why: string) => {
    // setState writes through to storage; the removal comes after it.
    saved.setState({ params: '' });
    saved.persist.clearStorage();
    app.getState().notify(`Your saved settings were dropped: ${why}. The app started from the defaults.`, 'warning');
    return 'dropped' as const;
  };

  return {
    async restore(app) {
      readError = null;
      await saved.persist.rehydrate();
      if (readError) return drop(app, readError instanceof Error && !(readError instanceof SyntaxError) ? readError.message : 'they could not be read');
      const text = saved.getState().params;
      if (!text) return 'none';
      const { params, notices } = parseUrl('', text);
      if (notices.length > 0) return drop(app, 'some values are not valid');
      // Saved settings never hold a run (steps, the page shell): such a value was not written by this app.
      if (params.steps !== undefined || params.embed !== undefined || params.origin !== undefined || params.scenes !== undefined || params.lecture !== undefined)
        return drop(app, 'they hold values that are never saved');
      // Tried whole on a scratch store first, so a value that fails to load leaves nothing half applied.
      const scratch = createAppStore();
      const before = scratch.getState().notices.length;
      applyUrlParams(scratch, params, []);
      if (scratch.getState().notices.length > before) return drop(app, 'they do not load');
      applyUrlParams(app, params, []);
      return 'restored';
    },
    watch(app) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      const write = () => {
        timer = null;
        const params = savedParams(app.getState());
        // The defaults need no saving: after "Reset to defaults" nothing is left in storage.
        defaults ??= savedParams(createAppStore().getState());
        if (params === defaults) {
          saved.setState({ params: '' });
          saved.persist.clearStorage();
        } else saved.setState({ params });
      };
      const unsubscribe = app.subscribe((state, prev) => {
        if (!WATCHED.some((k) => state[k] !== prev[k])) return;
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(write, SAVE_DELAY_MS);
      });
      return () => {
        unsubscribe();
        if (timer !== null) {
          clearTimeout(timer);
          write();
        }
      };
    },
    clear() {
      // setState writes through to storage; the removal comes after it.
      saved.setState({ params: '' });
      saved.persist.clearStorage();
    },
  };
}

/** Puts `app` back to the state a fresh page has (the default preset and settings). */
export function resetToDefaults(app: AppStore): void {
  const fresh = createAppStore().getState();
  const values = Object.fromEntries(Object.entries(fresh).filter(([, v]) => typeof v !== 'function')) as Partial<AppState>;
  app.setState({ ...values, notices: [] });
  app.getState().notify('Reset to defaults: saved settings and data were cleared.', 'info');
}
