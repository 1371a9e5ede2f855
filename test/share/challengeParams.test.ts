/**
 * A challenge in links: goal= and within= are read and checked (bad types and ranges named in the one
 * notice and ignored; within alone ignored with a notice); applied after the problem; written back by
 * Copy link, left out of saved settings; `set` from a host page takes them; and "Copy as a challenge"
 * makes a link whose goal the run shown meets in the steps it took.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { challengeLink, suggestedChallenge, twoDigitsAbove } from '../../src/share/challengeLink';
import { obeyCommand } from '../../src/share/embed';
import { shareLink } from '../../src/share/link';
import { savedParams } from '../../src/share/persist';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';

/** A fresh store with `fragment` applied as a link; its notices' texts. */
function open(fragment: string): { store: AppStore; notices: string[] } {
  const store = createAppStore();
  const { params, problems } = parseUrl('', fragment);
  applyUrlParams(store, params, problems);
  return { store, notices: store.getState().notices.map((n) => n.text) };
}

describe('parseUrl: goal and within', () => {
  it('reads a goal and a step budget', () => {
    const { params, problems } = parseUrl('', '#goal=0.01&within=20');
    expect(params.goal).toBe(0.01);
    expect(params.within).toBe(20);
    expect(problems).toEqual([]);
    expect(parseUrl('?goal=1e-3', '').params.goal).toBe(0.001);
    expect(parseUrl('', '#within=100000').params.within).toBe(100_000);
  });

  it.each([
    ['goal', 'true', /goal=true.*above 0 and below 1e12/],
    ['goal', '-1', /goal=-1.*above 0/],
    ['goal', '0', /goal=0.*above 0/],
    ['goal', '1e12', /goal=1e12.*below 1e12/],
    ['goal', 'Infinity', /goal=Infinity/],
    ['goal', '', /goal=/],
    ['within', '2.5', /within=2\.5.*whole number from 1 to 100,000/],
    ['within', '0', /within=0.*whole number from 1/],
    ['within', '100001', /within=100001/],
    ['within', 'ten', /within=ten/],
  ])('%s=%s is ignored and named', (name, value, why) => {
    const { params, notices, problems } = parseUrl('', `#${name}=${value}`);
    expect(params[name as 'goal' | 'within']).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(notices[0]).toMatch(why);
  });
});

describe('applyUrlParams: a challenge', () => {
  it('sets the goal and budget on the link’s problem, with no notice', () => {
    const { store, notices } = open('#preset=bowl&eta=0.1&goal=1&within=20');
    expect(store.getState().challenge).toEqual({ goal: 1, within: 20, metAt: null, endE: null });
    expect(notices).toEqual([]);
  });

  it('a goal alone has no step limit', () => {
    expect(open('#goal=0.01').store.getState().challenge).toEqual({ goal: 0.01, within: null, metAt: null, endE: null });
  });

  it('within alone is ignored with a notice; with a bad goal both are named in one notice', () => {
    const alone = open('#preset=bowl&within=20');
    expect(alone.store.getState().challenge).toBeNull();
    expect(alone.notices).toHaveLength(1);
    expect(alone.notices[0]).toMatch(/within=20 was ignored: a step budget needs a goal=/);
    const both = open('#goal=-1&within=2.5&eta=abc');
    expect(both.store.getState().challenge).toBeNull();
    expect(both.notices).toHaveLength(1);
    expect(both.notices[0]).toMatch(/^These 3 link parameters were ignored: .*goal=-1 .*within=2\.5 .*eta=abc/);
  });

  it('steps= replays the run past the goal, recording the first step below it (goal 1 on the bowl at η = 0.1: step 2)', () => {
    // w ← 0.25 w + 1.505 from −1: w₁ = 1.255, E₁ ≈ 2.154; w₂ = 1.81875, E₂ ≈ 0.1673 < 1.
    const { store } = open('#preset=bowl&eta=0.1&goal=1&within=20&steps=6');
    expect(store.getState().snapshot.step).toBe(6);
    expect(store.getState().challenge?.metAt).toBe(2);
  });

  it('Copy link writes goal and within back while the challenge holds; saved settings leave them out', () => {
    const { store } = open('#preset=bowl&goal=0.5&within=7');
    const back = new URLSearchParams(shareLink(store.getState(), 'http://x/').split('#')[1]);
    expect(back.get('goal')).toBe('0.5');
    expect(back.get('within')).toBe('7');
    const saved = new URLSearchParams(savedParams(store.getState()));
    expect(saved.has('goal') || saved.has('within')).toBe(false);
    store.getState().loadPreset('round-bowl');
    expect(new URLSearchParams(shareLink(store.getState(), 'http://x/').split('#')[1]).has('goal')).toBe(false);
  });

  it('a host page’s set takes goal and within as numbers', () => {
    const store = createAppStore();
    obeyCommand(store, { type: 'error-bowl:command', command: 'set', params: { goal: 0.2, within: 9 } });
    expect(store.getState().challenge).toEqual({ goal: 0.2, within: 9, metAt: null, endE: null });
    // A boolean is not a number: both are refused, and the challenge is kept.
    obeyCommand(store, { type: 'error-bowl:command', command: 'set', params: { goal: true, within: 3 } });
    expect(store.getState().challenge).toEqual({ goal: 0.2, within: 9, metAt: null, endE: null });
    expect(store.getState().notices.at(-1)?.text).toMatch(/goal.*boolean.*within=3/);
  });
});

describe('Copy as a challenge', () => {
  it('twoDigitsAbove gives the smallest two-significant-digit number strictly above', () => {
    expect(twoDigitsAbove(0.00934)).toBe(0.0094);
    expect(twoDigitsAbove(0.0093)).toBe(0.0094);
    expect(twoDigitsAbove(0.01)).toBe(0.011);
    expect(twoDigitsAbove(0.0999)).toBe(0.1);
    expect(twoDigitsAbove(2.1536)).toBe(2.2);
    expect(twoDigitsAbove(33.9)).toBe(34);
    expect(twoDigitsAbove(0)).toBe(1e-12);
  });

  it('after steps: goal just above the E reached, within the steps taken; the link leaves η out and the run, opened, meets it', () => {
    const store = createAppStore('bowl');
    store.getState().setEta(0.1);
    store.getState().step(2);
    // E₂ = ½ Σ (y − 1.81875 x)² ≈ 0.16726 (by hand) → goal 0.17, within 2.
    expect(suggestedChallenge(store.getState())).toEqual({ goal: 0.17, within: 2 });
    const link = challengeLink(store.getState(), 'http://x/');
    const p = new URLSearchParams(link.split('#')[1]);
    expect(p.get('goal')).toBe('0.17');
    expect(p.get('within')).toBe('2');
    expect(p.has('eta') || p.has('steps') || p.has('opt')).toBe(false);
    expect(p.get('preset')).toBe('bowl');
    const opened = open(`#${p.toString()}&eta=0.1`);
    opened.store.getState().step(2);
    expect(opened.store.getState().challenge?.metAt).toBe(2);
  });

  it('before any step: goal = E at the start ÷ 10 (rounded up to two digits), within 20', () => {
    // E₀ = ½ Σ (y + x)² = ½ (1.6² + 2.9² + 4.7² + 5.9²) = 33.935 → 3.3935 → 3.4.
    expect(suggestedChallenge(createAppStore('bowl').getState())).toEqual({ goal: 3.4, within: 20 });
  });
});
