/**
 * The embed bridge: commands are obeyed from the parent window only (and its
 * configured origin), `set` goes through the URL's allow-list, hostile messages
 * change nothing, and the run's state is posted back.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { MAX_COMMAND_STEPS, obeyCommand, startEmbedBridge, type BridgeHost, type OutMessage } from '../../src/share/embed';
import { parseUrl } from '../../src/share/url';
import { fixedWindowOf, createAppStore, type AppStore } from '../../src/store';

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
  it('set accepts window= (a course page fixes the axes of its frames) and refuses a bad one with a notice', () => {
    const { store, f } = open();
    f.send(cmd('set', { window: '-3,7' }));
    expect(fixedWindowOf(store.getState())).toEqual([-3, 7]);
    expect(store.getState().notices).toEqual([]);
    f.send(cmd('set', { window: '7,-3' }));
    // The bad one is refused, named, and the window kept.
    expect(fixedWindowOf(store.getState())).toEqual([-3, 7]);
    expect(store.getState().notices.map((n) => n.text).join(' ')).toMatch(/window/);
  });

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
    expect(s.notices.length).toBeGreaterThanOrEqual(4);
    // Each refusal is named (the payload is quoted as plain text; React never renders it as HTML).
    const all = s.notices.map((n) => n.text).join(' ');
    expect(all).toMatch(/view=.*ignored/);
    for (const name of ['__proto__', 'constructor', 'eta=1e309', 'x ', 'rm -rf']) expect(all).toContain(name);
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
      message: {
        type: 'error-bowl:state',
        step: 0,
        E: store.getState().snapshot.E,
        w: [-1],
        status: 'running',
        runs: [{ optimizer: 'gd', eta: 0.1, step: 0, E: store.getState().snapshot.E, w: [-1], status: 'running' }],
      },
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

  it('a race set by the page posts every run, the page’s own first, each at its own step and weights', async () => {
    const { store, f } = open();
    f.send(cmd('set', { runs: 'gd:0.1,adam:0.05,momentum:0.02' }));
    f.send(cmd('step', { n: 4 }));
    await new Promise((r) => setTimeout(r, 250));
    const last = f.posted.at(-1)!.message as Extract<OutMessage, { type: 'error-bowl:state' }>;
    const s = store.getState();
    expect(last.runs.map((r) => [r.optimizer, r.eta, r.step])).toEqual([
      ['gd', 0.1, 4],
      ['adam', 0.05, 4],
      ['momentum', 0.02, 4],
    ]);
    expect(last.runs[1].w).toEqual(Array.from(s.racers[0].runner.w));
    expect(last.runs[2].E).toBe(s.racers[1].runner.E);
  });
});

describe('obeyCommand: types are checked, malformed commands are ignored with a notice', () => {
  const fresh = () => createAppStore('bowl');
  const texts = (store: AppStore) => store.getState().notices.map((n) => n.text).join(' ');

  it('obeyCommand(set) takes {view: "data"}, also on a problem of one weight', () => {
    const store = fresh();
    expect(obeyCommand(store, cmd('set', { view: 'data' }))).toBe(true);
    expect(store.getState().view).toBe('data');
    expect(store.getState().notices).toEqual([]);
  });

  it('obeyCommand(set) ignores {eta: true} with a notice: a boolean is not a number', () => {
    const store = fresh();
    expect(obeyCommand(store, cmd('set', { eta: true }))).toBe(true);
    expect(store.getState().eta).toBe(0.1);
    expect(texts(store)).toMatch(/eta.*boolean/);
  });

  it('obeyCommand(set) ignores {steps: true} and takes no step', () => {
    const store = fresh();
    obeyCommand(store, cmd('set', { steps: true }));
    expect(store.getState().snapshot.step).toBe(0);
    expect(texts(store)).toMatch(/steps.*boolean/);
  });

  it('obeyCommand(set) takes booleans for the 0/1 switches bias and std, and numbers where the URL has numbers', () => {
    const store = createAppStore('two-inputs');
    obeyCommand(store, cmd('set', { bias: true, std: true, eta: 0.05, w: '0,0.5,-0.5' }));
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect([s.problem.bias, s.standardize, s.eta]).toEqual([true, true, 0.05]);
    obeyCommand(store, cmd('set', { bias: 2, act: 1 }));
    expect(store.getState().problem.bias).toBe(true);
    expect(texts(store)).toMatch(/bias/);
    expect(texts(store)).toMatch(/act/);
  });

  it.each<[string, unknown]>([
    ['0', 0],
    ['-3', -3],
    ['1.5', 1.5],
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['"3" (a string)', '3'],
    ['{} (an object)', {}],
    ['true', true],
    ['null', null],
  ])('obeyCommand(step) ignores n = %s with a notice', (_what, n) => {
    const store = fresh();
    expect(obeyCommand(store, cmd('step', { n }))).toBe(true);
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().notices).toHaveLength(1);
    expect(store.getState().notices[0].text).toMatch(/“step” command .* ignored: .*n must be a whole number/);
  });

  it('obeyCommand(step) with n absent takes one step, and with n = 4 four', () => {
    const store = fresh();
    obeyCommand(store, cmd('step'));
    obeyCommand(store, cmd('step', {}));
    expect(store.getState().snapshot.step).toBe(2);
    obeyCommand(store, cmd('step', { n: 4 }));
    expect(store.getState().snapshot.step).toBe(6);
    expect(store.getState().notices).toEqual([]);
  });

  it('obeyCommand with a command whose toString throws throws nothing and changes nothing', () => {
    const store = fresh();
    const before = store.getState().snapshot;
    const evil = { toString() { throw 1; }, [Symbol.toPrimitive]() { throw 1; } };
    expect(() => obeyCommand(store, { type: 'error-bowl:command', command: evil })).not.toThrow();
    expect(store.getState().snapshot).toBe(before);
    expect(texts(store)).toMatch(/unknown command \(an object\)/);
  });

  it('obeyCommand(set) with a throwing getter or a throwing Proxy in params throws nothing and changes nothing', () => {
    const store = fresh();
    const before = store.getState();
    const getter = { eta: 0.5, get act(): string { throw new Error('boom'); } };
    const trap = () => {
      throw new Error('trap');
    };
    const proxy = new Proxy({ eta: 0.5 }, { ownKeys: trap, get: trap, getOwnPropertyDescriptor: trap, has: trap });
    const stepProxy = new Proxy({ n: 2 }, { get: trap, getOwnPropertyDescriptor: trap, has: trap });
    const messageProxy = new Proxy({}, { get: trap });
    expect(() => obeyCommand(store, cmd('set', getter))).not.toThrow();
    expect(() => obeyCommand(store, cmd('set', proxy))).not.toThrow();
    expect(() => obeyCommand(store, cmd('step', stepProxy))).not.toThrow();
    expect(() => obeyCommand(store, messageProxy)).not.toThrow();
    expect(() => obeyCommand(store, { type: 'error-bowl:command', get command(): string { throw 1; } })).not.toThrow();
    const s = store.getState();
    expect(s.eta).toBe(before.eta);
    expect(s.activation).toBe(before.activation);
    expect(s.snapshot).toBe(before.snapshot);
    expect(s.notices.length).toBeGreaterThan(0);
  });
});

describe('startEmbedBridge: height and origin', () => {
  it('startEmbedBridge never posts a height of 0: it waits for a real height', () => {
    const observers: (() => void)[] = [];
    class FakeResizeObserver {
      constructor(private fn: () => void) {}
      observe() {
        observers.push(this.fn);
      }
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    try {
      let height = 0;
      const root = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
      const store = createAppStore('bowl');
      const f = fakeHost();
      stop = startEmbedBridge(store, { ...f.host, root }, null);
      const heights = () => f.posted.filter((p) => p.message.type === 'error-bowl:resize').map((p) => (p.message as { height: number }).height);
      observers.forEach((o) => o());
      expect(heights()).toEqual([]);
      height = 431.2;
      observers.forEach((o) => o());
      expect(heights()).toEqual([432]);
      height = 0;
      observers.forEach((o) => o());
      expect(heights()).toEqual([432]);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each(['https://a.example/path', 'javascript:alert(1)', 'garbage'])(
    'startEmbedBridge with origin=%s (not a bare origin) obeys no page and says so',
    (origin) => {
      const store = createAppStore('bowl');
      const { params, problems } = parseUrl(`?embed=1&origin=${encodeURIComponent(origin)}`, '');
      const shell = applyUrlParams(store, params, problems);
      const f = fakeHost();
      stop = startEmbedBridge(store, f.host, shell.origin);
      f.send(cmd('step'), { origin: 'https://a.example' });
      f.send(cmd('step'), { origin: 'https://evil.example' });
      f.send(cmd('set', { eta: 0.5 }));
      const s = store.getState();
      expect(s.snapshot.step).toBe(0);
      expect(s.eta).toBe(0.1);
      expect(s.notices.map((n) => n.text).join(' ')).toMatch(/origin=.*obeys no page/);
      // Nor is the state posted to just any page.
      expect(f.posted.filter((p) => p.message.type === 'error-bowl:state')).toEqual([]);
    },
  );
});
