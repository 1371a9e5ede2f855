/**
 * runs=: read into the race (the first run the page's own, winning over opt= and eta=), refused
 * with a notice that names what is wrong, and written back by Copy link so the race round-trips.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { shareLink } from '../../src/share/link';
import { formatRuns, parseRuns } from '../../src/share/runsParam';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';

/** A fresh store opened on `hash` as a page would; its notices. */
function open(hash: string): { store: AppStore; notices: string[] } {
  const store = createAppStore();
  const { params, problems } = parseUrl('', hash);
  applyUrlParams(store, params, problems);
  return { store, notices: store.getState().notices.map((n) => n.text) };
}

describe('parseRuns', () => {
  it('parseRuns reads <optimizer>:<η> runs separated by commas', () => {
    expect(parseRuns('gd:0.1,momentum:0.05,adam:1e-2')).toEqual({
      ok: true,
      runs: [
        { optimizer: 'gd', eta: 0.1 },
        { optimizer: 'momentum', eta: 0.05 },
        { optimizer: 'adam', eta: 0.01 },
      ],
    });
  });

  it.each([
    ['', /give runs like/],
    ['gd', /run 1 .* is not <optimizer>:<η>/],
    ['gd:0.1,sgd:0.1', /run 2 .*sgd.* is not/],
    ['gd:0.1,adam:zero', /run 2's η .*zero.* must be a number/],
    ['gd:0.1,adam:1000', /run 2's η/],
    ['gd:0.1,adam:true', /run 2's η/],
    ['gd:0.1:2', /run 1/],
    ['gd:1,gd:1,gd:1,gd:1,gd:1,gd:1,gd:1', /at most 6 runs \(7 were given\)/],
  ])('parseRuns(%j) is refused, saying why', (text, why) => {
    const r = parseRuns(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.why).toMatch(why);
  });

  it('formatRuns writes what parseRuns reads back exactly', () => {
    const runs = [
      { optimizer: 'nesterov', eta: 0.123456789012 },
      { optimizer: 'rmsprop', eta: 1e-4 },
    ] as const;
    expect(parseRuns(formatRuns(runs))).toEqual({ ok: true, runs });
  });
});

describe('a link with runs=', () => {
  it('opens the race: the page’s own run is the first (over opt= and eta=), the others race it', () => {
    const { store, notices } = open('#preset=round-bowl&opt=adam&eta=0.5&runs=gd:0.1,momentum:0.05,adam:0.01');
    const s = store.getState();
    expect(notices).toEqual([]);
    expect([s.optimizer, s.eta]).toEqual(['gd', 0.1]);
    expect(s.racers.map((r) => `${r.optimizer}:${r.eta}`)).toEqual(['momentum:0.05', 'adam:0.01']);
  });

  it('a bad runs= is named in the notice and the page opens without a race', () => {
    const { store, notices } = open('#preset=round-bowl&runs=gd:0.1,warp:9');
    expect(store.getState().racers).toEqual([]);
    expect(notices.join(' ')).toMatch(/runs=gd:0\.1,warp:9 was ignored: run 2 .*warp:9/);
  });

  it('Copy link writes the race, with its steps, and opening it rebuilds every run exactly', () => {
    const { store } = open('#preset=round-bowl&mode=stochastic&runs=gd:0.1,momentum:0.05,nesterov:0.05,adagrad:0.3,rmsprop:0.01,adam:0.05');
    store.getState().step(23);
    const link = shareLink(store.getState(), 'https://example.org/');
    expect(new URLSearchParams(link.slice(link.indexOf('#') + 1)).get('runs')).toBe('gd:0.1,momentum:0.05,nesterov:0.05,adagrad:0.3,rmsprop:0.01,adam:0.05');
    const again = open(link.slice(link.indexOf('#'))).store.getState();
    const before = store.getState();
    expect(again.runner.step).toBe(23);
    expect(Array.from(again.runner.w)).toEqual(Array.from(before.runner.w));
    expect(again.racers.map((r) => Array.from(r.runner.w))).toEqual(before.racers.map((r) => Array.from(r.runner.w)));
  });
});
