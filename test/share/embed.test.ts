/**
 * The embed bridge: commands are obeyed from the parent window only (and its
 * configured origin), `set` goes through the URL's allow-list, hostile messages
 * change nothing, and the run's state is posted back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_COMMAND_STEPS, startEmbedBridge, type BridgeHost, type OutMessage } from '../../src/share/embed';
import { createAppStore, type AppStore } from '../../src/store';

/** A fake page around the frame: records what the app posts and delivers messages to it. */
function fakeHost() {
  const posted: { message: OutMessage; target: string }[] = [];
  const listeners = new Set<(e: MessageEvent) => void>();
  const parent = { postMessage: (message: OutMessage, target: string) => posted.push({ message, target }) } as unknown as Window;
  const host: BridgeHost = {
    parent,
    addEventListener: (_t, fn) => listeners.add(fn),
    removeEventListener: (_t, fn) => listeners.delete(fn),
  };
  const send = (data: unknown, from: { source?: unknown; origin?: string } = {}) => {
    const e = { data, source: 'source' in from ? from.source : parent, origin: from.origin ?? 'https://course.example' } as unknown as MessageEvent;
    for (const fn of listeners) fn(e);
  };
  return { host, posted, send, listeners };
}

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
});

function open(origin: string | null = null): { store: AppStore; f: ReturnType<typeof fakeHost> } {
  const store = createAppStore('bowl');
  const f = fakeHost();
  stop = startEmbedBridge(store, f.host, origin);
  return { store, f };
}

const cmd = (command: string, params?: unknown) => ({ type: 'error-bowl:command', command, params });

describe('startEmbedBridge', () => {
  it('obeys step, play, pause, reset and set from the parent', () => {
    const { store, f } = open();
    f.send(cmd('step', { n: 3 }));
    expect(store.getState().snapshot.step).toBe(3);
    f.send(cmd('play'));
    expect(store.getState().playing).toBe(true);
    f.send(cmd('pause'));
    expect(store.getState().playing).toBe(false);
    f.send(cmd('reset'));
    expect(store.getState().snapshot.step).toBe(0);
    f.send(cmd('set', { eta: 0.25, act: 'tanh', theme: 'projector' }));
    const s = store.getState();
    expect([s.eta, s.activation, s.theme]).toEqual([0.25, 'tanh', 'projector']);
    expect(s.notices).toEqual([]);
  });

  it('ignores commands from any window but the parent, and from another origin when one is configured', () => {
    const { store, f } = open('https://course.example');
    f.send(cmd('step'), { source: {} });
    f.send(cmd('step'), { source: null });
    f.send(cmd('step'), { origin: 'https://evil.example' });
    expect(store.getState().snapshot.step).toBe(0);
    f.send(cmd('step'), { origin: 'https://course.example' });
    expect(store.getState().snapshot.step).toBe(1);
  });

  it('refuses hostile set commands without effect: __proto__, unknown keys, script payloads, 1e309, a megabyte', () => {
    const { store, f } = open();
    const before = store.getState().snapshot;
    f.send(cmd('set', JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"x": 1}}')));
    f.send(cmd('set', { view: '<img src=x onerror=alert(1)>', eta: '1e309', x: '1,'.repeat(600_000) }));
    f.send(cmd('set', 'eta=0.5'));
    f.send(cmd('set', [1, 2]));
    f.send(cmd('rm -rf'));
    f.send({ type: 'error-bowl:command', command: 'step', params: { n: 1e12 } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const s = store.getState();
    expect(s.view).toBe('curve');
    expect(s.eta).toBe(0.1);
    expect(s.problem.N).toBe(4);
    // The oversized step count is capped, not refused outright; the run stopped where it converged.
    expect(s.snapshot.step).toBeGreaterThan(before.step);
    expect(s.snapshot.step).toBeLessThanOrEqual(MAX_COMMAND_STEPS);
    expect(s.notices.length).toBeGreaterThanOrEqual(5);
    // Each refusal is named (the payload is quoted as plain text; React never renders it as HTML).
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/view=.*ignored/);
  });

  it('ignores messages that are not commands (other apps talk on the same channel)', () => {
    const { store, f } = open();
    f.send('step');
    f.send(null);
    f.send({ type: 'other-app:command', command: 'step' });
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().notices).toEqual([]);
  });

  it('posts the state at start and after a change (the last one always), to the configured origin', async () => {
    const { store, f } = open('https://course.example');
    expect(f.posted[0]).toEqual({
      message: { type: 'error-bowl:state', step: 0, E: store.getState().snapshot.E, w: [-1], status: 'running' },
      target: 'https://course.example',
    });
    f.send(cmd('step', { n: 2 }), { origin: 'https://course.example' });
    store.getState().step(1);
    await new Promise((r) => setTimeout(r, 250));
    const last = f.posted.at(-1)!.message as Extract<OutMessage, { type: 'error-bowl:state' }>;
    expect(last.step).toBe(3);
    expect(last.w).toEqual(store.getState().snapshot.w);
    expect(last.E).toBe(store.getState().snapshot.E);
  });
});
