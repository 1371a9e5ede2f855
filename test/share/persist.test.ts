/**
 * Saved settings: data and settings survive a reload (a new store over the same
 * storage); the run is not saved; a corrupted, tampered or old value is dropped
 * whole with a notice; storage that throws changes nothing; the URL wins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { applyUrlParams } from '../../src/share/apply';
import { createPersistence, resetToDefaults, savedParams, SAVE_DELAY_MS, SAVE_KEY, SAVE_VERSION } from '../../src/share/persist';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';

/** An in-memory storage, as localStorage behaves. */
function memory(): StateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

/** A reload: a fresh app store restored from `storage`. */
async function reload(storage: StateStorage): Promise<{ app: AppStore; outcome: string }> {
  const app = createAppStore();
  const outcome = await createPersistence(storage).restore(app);
  return { app, outcome };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createPersistence', () => {
  it('edited data and settings survive a reload; the run (steps, current weights) does not', async () => {
    const storage = memory();
    const app = createAppStore('two-outputs');
    const p = createPersistence(storage);
    expect(await p.restore(app)).toBe('none');
    const stop = p.watch(app);
    app.getState().loadProblem({ x: [[1, 2], [3, 4], [5, 6]], y: [[0.5, 0.1], [0.2, 0.3], [0.9, 0.8]], edit: true });
    app.getState().setActivation('tanh');
    app.getState().setEta(0.35);
    app.getState().setTheme('projector');
    app.getState().setView('contour');
    app.getState().setWeights([0.1, 0.2, -0.3, 0.4]);
    app.getState().step(5);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 10);
    stop();
    expect(storage.items.has(SAVE_KEY)).toBe(true);

    const { app: again, outcome } = await reload(storage);
    expect(outcome).toBe('restored');
    const s = again.getState();
    expect(s.data.x).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(s.data.y).toEqual([[0.5, 0.1], [0.2, 0.3], [0.9, 0.8]]);
    expect([s.activation, s.eta, s.theme, s.view]).toEqual(['tanh', 0.35, 'projector', 'contour']);
    expect(s.w0).toEqual([0.1, 0.2, -0.3, 0.4]);
    // The run starts again: step 0 at the starting weights.
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([0.1, 0.2, -0.3, 0.4]);
    expect(s.notices).toEqual([]);
  });

  it('nothing is written per step while playing: only a change of settings or data saves', () => {
    const writes: string[] = [];
    const storage = memory();
    const counting: StateStorage = { ...storage, setItem: (k, v) => (writes.push(v), storage.setItem(k, v)) };
    const app = createAppStore('bowl');
    const stop = createPersistence(counting).watch(app);
    for (let i = 0; i < 50; i++) {
      app.getState().step(1);
      vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    }
    expect(writes).toHaveLength(0);
    app.getState().setEta(0.2);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    expect(writes).toHaveLength(1);
    stop();
  });

  it.each([
    ['corrupted JSON', '{"state": {"params": "eta=0.2"'],
    ['another schema version', JSON.stringify({ state: { params: 'eta=0.2' }, version: SAVE_VERSION + 98 })],
    ['an old version', JSON.stringify({ state: { params: 'eta=0.2' }, version: 0 })],
    ['a value of the wrong type', JSON.stringify({ state: { params: 5 }, version: SAVE_VERSION })],
    ['a tampered value', JSON.stringify({ state: { params: 'act=tanh&eta=abc' }, version: SAVE_VERSION })],
    ['a script payload', JSON.stringify({ state: { params: 'act=tanh&view=<script>alert(1)</script>' }, version: SAVE_VERSION })],
    ['records that do not load', JSON.stringify({ state: { params: 'act=tanh&x=1;2&y=1;2;3' }, version: SAVE_VERSION })],
    ['__proto__', JSON.stringify({ state: { params: 'act=tanh&__proto__=x' }, version: SAVE_VERSION })],
    ['a run (steps=), which is never saved', JSON.stringify({ state: { params: 'act=tanh&steps=50' }, version: SAVE_VERSION })],
    ['an origin=, which is never saved', JSON.stringify({ state: { params: 'act=tanh&origin=https://a.example' }, version: SAVE_VERSION })],
    ['a lecture=, which is never saved', JSON.stringify({ state: { params: 'act=tanh&lecture=examples/lecture.json' }, version: SAVE_VERSION })],
    [
      'a scenes=, which is never saved',
      JSON.stringify({ state: { params: `act=tanh&scenes=${encodeURIComponent(JSON.stringify([{ caption: 'a', params: 'preset=bowl' }]))}` }, version: SAVE_VERSION }),
    ],
  ])('%s is dropped whole with a notice, and the app starts clean', async (_what, raw) => {
    const storage = memory();
    storage.items.set(SAVE_KEY, raw);
    const { app, outcome } = await reload(storage);
    expect(outcome).toBe('dropped');
    const s = app.getState();
    // Not half applied: the valid act=tanh beside the bad value is not applied either.
    expect(s.activation).toBe(createAppStore().getState().activation);
    expect(s.eta).toBe(createAppStore().getState().eta);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].text).toMatch(/saved settings were dropped/);
    expect(storage.items.has(SAVE_KEY)).toBe(false);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('a window fixed by a link is not saved (it belongs to the link, not to the learner’s settings)', () => {
    const store = createAppStore('bowl');
    const { params, problems } = parseUrl('', 'preset=bowl&window=-3,7&eta=0.2');
    applyUrlParams(store, params, problems);
    const saved = new URLSearchParams(savedParams(store.getState()));
    expect(saved.get('eta')).toBe('0.2');
    expect(saved.has('window')).toBe(false);
  });

  it('storage that throws (a sandboxed frame) is no error: nothing restored, nothing saved', async () => {
    const boom = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const storage: StateStorage = { getItem: boom, setItem: boom, removeItem: boom };
    // The app's own safeLocalStorage catches; here the raw throwing storage goes through the same wrapper shape.
    const safe: StateStorage = {
      getItem: (k) => { try { return storage.getItem(k) as string | null; } catch { return null; } },
      setItem: (k, v) => { try { storage.setItem(k, v); } catch { /* refused */ } },
      removeItem: (k) => { try { storage.removeItem(k); } catch { /* refused */ } },
    };
    const app = createAppStore();
    const p = createPersistence(safe);
    expect(await p.restore(app)).toBe('none');
    const stop = p.watch(app);
    app.getState().setEta(0.2);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    stop();
    expect(app.getState().notices).toEqual([]);
  });

  it('URL parameters win over saved settings', async () => {
    const storage = memory();
    storage.items.set(SAVE_KEY, JSON.stringify({ state: { params: 'preset=small-batch&act=tanh&eta=0.3&theme=dark' }, version: SAVE_VERSION }));
    const { app } = await reload(storage);
    expect(app.getState().activation).toBe('tanh');
    const { params, problems } = parseUrl('?eta=0.05', '');
    applyUrlParams(app, params, problems);
    const s = app.getState();
    expect(s.eta).toBe(0.05);
    expect(s.presetId).toBe('small-batch');
    expect(s.theme).toBe('dark');
  });

  it('Reset to defaults clears the saved settings and puts the app back to a fresh page', async () => {
    const storage = memory();
    const app = createAppStore('iris');
    const p = createPersistence(storage);
    const stop = p.watch(app);
    app.getState().setTheme('dark');
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    expect(storage.items.has(SAVE_KEY)).toBe(true);
    p.clear();
    resetToDefaults(app);
    vi.advanceTimersByTime(SAVE_DELAY_MS + 1);
    stop();
    expect(storage.items.has(SAVE_KEY)).toBe(false);
    const fresh = createAppStore().getState();
    const s = app.getState();
    expect([s.presetId, s.theme, s.eta, s.activation, s.snapshot.E]).toEqual([fresh.presetId, fresh.theme, fresh.eta, fresh.activation, fresh.snapshot.E]);
    expect((await reload(storage)).outcome).toBe('none');
  });
});
