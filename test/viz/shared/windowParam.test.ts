/**
 * `window=`: read strictly (2 or 4 finite numbers of at most 1e6, from < to in
 * each pair; anything else named in the notice and ignored, the rest of the link
 * still loading), applied after the problem it belongs to, dropped by a new
 * problem or by Fit (setPlotWindow(null)), and written back by Copy link only
 * while it holds.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../../src/share/apply';
import { stateParams } from '../../../src/share/link';
import { parseUrl, parseWindow } from '../../../src/share/url';
import { createAppStore, fixedWindowOf, isWindowValues } from '../../../src/store';

function load(query: string) {
  const store = createAppStore('bowl');
  const parsed = parseUrl(query, '');
  applyUrlParams(store, parsed.params, parsed.problems);
  return { store, parsed };
}

describe('window= parsing', () => {
  it.each<[string, number[]]>([
    ['-3,7', [-3, 7]],
    [' -1.5 , 2e2 ', [-1.5, 200]],
    ['0,1,-2,2', [0, 1, -2, 2]],
    ['-1e6,1e6', [-1e6, 1e6]],
  ])('window=%s reads as %j', (text, values) => {
    const { params, notices } = parseUrl(`?window=${encodeURIComponent(text)}`, '');
    expect(notices).toEqual([]);
    expect(params.window).toEqual(values);
  });

  it.each<[string, RegExp]>([
    ['1', /2 or 4 numbers/],
    ['1,2,3', /2 or 4 numbers/],
    ['2,1', /from < to; 2 is not less than 1/],
    ['1,1', /from < to/],
    ['0,1,5,-5', /from < to; 5 is not less than -5/],
    ['a,b', /value 1 \(“a”\) is not a finite number/],
    ['true,1', /value 1 \(“true”\) is not a finite number/],
    ['1e400,2', /value 1 \(“1e400”\) is not a finite number/],
    ['0,NaN', /value 2 \(“NaN”\) is not a finite number/],
    ['0,Infinity', /value 2 .* is not a finite number/],
    ['0,2e6', /value 2 \(2000000\) is beyond ±1,000,000/],
    ['', /2 or 4 numbers/],
  ])('window=%s is ignored with a notice naming it (%s)', (text, why) => {
    const { params, notices } = parseUrl(`?window=${encodeURIComponent(text)}&eta=0.2`, '');
    expect(params.window).toBeUndefined();
    expect(params.eta).toBe(0.2);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(`window=${text.trim()}`);
    expect(notices[0]).toMatch(why);
    expect(parseWindow(text).ok).toBe(false);
  });

  it('isWindowValues is the same rule for the store', () => {
    expect(isWindowValues([-3, 7])).toBe(true);
    expect(isWindowValues([0, 1, 2, 3])).toBe(true);
    for (const bad of [[1], [2, 1], [0, 1, 3, 3], [0, Infinity], [0, 2e6], [0, 1, 2]]) expect(isWindowValues(bad)).toBe(false);
  });
});

describe('window= in the store and the link', () => {
  it('a link’s window holds for its problem and Copy link writes it back', () => {
    const { store } = load('?preset=bowl&eta=0.3&window=-3,7');
    expect(fixedWindowOf(store.getState())).toEqual([-3, 7]);
    expect(stateParams(store.getState()).get('window')).toBe('-3,7');
    // Step, Reset and a new η keep it: only the run changed.
    store.getState().step(3);
    store.getState().reset();
    store.getState().setEta(0.1);
    expect(stateParams(store.getState()).get('window')).toBe('-3,7');
  });

  it('a window applies to the link’s own problem (after x, y, w), four numbers round-trip', () => {
    const { store } = load('?x=1,2;3,4&y=1;2&w=0,0&window=-1,1,-2,2');
    expect(fixedWindowOf(store.getState())).toEqual([-1, 1, -2, 2]);
    const again = load(`?${stateParams(store.getState()).toString()}`).store;
    expect(fixedWindowOf(again.getState())).toEqual([-1, 1, -2, 2]);
  });

  it('a new problem or Fit lets go of it, and the link then has no window', () => {
    const { store } = load('?preset=bowl&window=-3,7');
    store.getState().loadPreset('two-inputs');
    expect(fixedWindowOf(store.getState())).toBeNull();
    expect(stateParams(store.getState()).has('window')).toBe(false);
    const other = load('?preset=bowl&window=-3,7').store;
    other.getState().setPlotWindow(null);
    expect(stateParams(other.getState()).has('window')).toBe(false);
  });

  it('without window= the link has none, and a bad one leaves the rest of the link loaded', () => {
    expect(stateParams(load('?preset=bowl').store.getState()).has('window')).toBe(false);
    const { store, parsed } = load('?preset=bowl&eta=0.2&window=2,1');
    expect(parsed.problems.map((p) => p.param)).toEqual(['window=2,1']);
    expect(store.getState().eta).toBe(0.2);
    expect(fixedWindowOf(store.getState())).toBeNull();
    expect(store.getState().notices.at(-1)?.text).toMatch(/window=2,1 was ignored/);
  });

  it('setPlotWindow refuses values that are not a window', () => {
    const store = createAppStore('bowl');
    expect(store.getState().setPlotWindow([2, 1])).toBe(false);
    expect(store.getState().setPlotWindow([1])).toBe(false);
    expect(fixedWindowOf(store.getState())).toBeNull();
  });
});
