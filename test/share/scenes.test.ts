/**
 * Reading a list of scenes: a good list gives its cards; bad JSON, an empty list and one over 30 scenes
 * are refused whole; a scene with wrong types, unknown fields, a long caption or parameters a link
 * would not load is refused and named, the others kept.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { sceneChecker } from '../../src/share/scenes/check';
import { MAX_SCENES, parseSceneList, readSceneList, refusedScenesNotice } from '../../src/share/scenes/parse';

const check = sceneChecker(applyUrlParams);
const parse = (value: unknown) => readSceneList(value, check);
const scene = (caption: unknown, params: unknown, extra: Record<string, unknown> = {}) => ({ caption, params, ...extra });

describe('a good list of scenes', () => {
  it('an array gives one card per scene, in order, with until and the step it opens at', () => {
    const r = parse([scene('The bowl.', 'preset=bowl'), scene(' Zig-zag. ', '#preset=bowl&eta=0.25&steps=3', { until: 6 })]);
    expect(r.error).toBeNull();
    expect(r.refused).toEqual([]);
    expect(r.title).toBeNull();
    expect(r.scenes).toEqual([
      { caption: 'The bowl.', params: 'preset=bowl', until: null, startStep: 0 },
      { caption: 'Zig-zag.', params: 'preset=bowl&eta=0.25&steps=3', until: 6, startStep: 3 },
    ]);
  });

  it('an object {title, scenes} gives its title; JSON text reads the same', () => {
    const text = JSON.stringify({ title: 'A lecture', scenes: [scene('One.', 'preset=plateau'), scene('Two.', '', { until: null })] });
    const r = parseSceneList(text, check);
    expect(r.error).toBeNull();
    expect(r.title).toBe('A lecture');
    expect(r.scenes.map((c) => c.params)).toEqual(['preset=plateau', '']);
    expect(refusedScenesNotice(r)).toBeNull();
  });

  it('JSON from encodeURIComponent survives the URL (the scenes= form)', () => {
    const list = [scene('η = 0.25 & more: Δw “jumps”.', 'preset=bowl&eta=0.25')];
    const decoded = new URLSearchParams(`scenes=${encodeURIComponent(JSON.stringify(list))}`).get('scenes')!;
    expect(parseSceneList(decoded, check).scenes[0].caption).toBe('η = 0.25 & more: Δw “jumps”.');
  });
});

describe('a list refused whole', () => {
  it.each([
    ['bad JSON', '[{"caption": "x", ', /not valid JSON/],
    ['a number', '3', /it is a number, not a list of scenes/],
    ['an empty list', '[]', /it has no scenes/],
    ['an object without scenes', '{"title": "t"}', /not a list of scenes/],
    ['an unknown top-level field', '{"scenes": [], "theme": "dark"}', /unknown field “theme”/],
    ['a title that is a number', '{"title": 3, "scenes": []}', /title must be text/],
  ])('%s', (_name, text, message) => {
    const r = parseSceneList(text, check);
    expect(r.error).toMatch(message);
    expect(r.scenes).toEqual([]);
  });

  it(`more than ${MAX_SCENES} scenes`, () => {
    const list = Array.from({ length: MAX_SCENES + 1 }, (_, i) => scene(`Scene ${i}.`, 'preset=bowl'));
    expect(parse(list).error).toBe(`it has ${MAX_SCENES + 1} scenes; at most ${MAX_SCENES}`);
    expect(parse(list.slice(0, MAX_SCENES)).scenes).toHaveLength(MAX_SCENES);
  });
});

describe('a bad scene among good ones is refused and named; the others are kept', () => {
  it('a bad η: scene 2 is named with its caption and the link’s reason', () => {
    const r = parse([scene('First.', 'preset=bowl'), scene('Too big a step.', 'preset=bowl&eta=abc'), scene('Third.', 'preset=plateau')]);
    expect(r.scenes.map((c) => c.caption)).toEqual(['First.', 'Third.']);
    expect(r.refused).toEqual([{ index: 1, caption: 'Too big a step.', why: expect.stringMatching(/^eta=abc \(η must be a number from/) }]);
    expect(refusedScenesNotice(r)).toMatch(/^Scene 2 \(“Too big a step\.”\) was left out: eta=abc \(η must be .*\. The other 2 of 3 are loaded\.$/);
  });

  it.each([
    ['a number caption', scene(42, 'preset=bowl'), /caption must be text of 1 to 300 characters \(it is a number\)/],
    ['an empty caption', scene('  ', 'preset=bowl'), /caption must be text .*\(it is empty\)/],
    ['a caption of 301 characters', scene('x'.repeat(301), 'preset=bowl'), /\(it is 301 characters long\)/],
    ['params that are an object', scene('C.', { preset: 'bowl' }), /params must be text .*\(they are an object\)/],
    ['until as text', scene('C.', 'preset=bowl', { until: '3' }), /until must be a whole number .*\(it is text\)/],
    ['until 0', scene('C.', 'preset=bowl', { until: 0 }), /until must be a whole number .*\(it is 0\)/],
    ['until within the steps taken', scene('C.', 'preset=bowl&steps=5', { until: 5 }), /until=5 must be past the 5 steps/],
    ['an unknown field', scene('C.', 'preset=bowl', { steps: 3 }), /unknown field “steps”/],
    ['not an object', ['C.', 'preset=bowl'], /it is a list, not an object/],
    ['an unknown parameter', scene('C.', 'preset=bowl&foo=1'), /foo \(unknown\)/],
    ['no such preset', scene('C.', 'preset=nope'), /preset=nope.*no such preset/],
    ['a view one weight cannot show', scene('C.', 'preset=bowl&view=contour'), /view=contour .*needs at least two weights/],
    ['x and y that do not match', scene('C.', 'x=1;2&y=1'), /was not loaded/],
    ['embed', scene('C.', 'preset=bowl&embed=1'), /a scene cannot hold embed/],
    ['scenes inside a scene', scene('C.', 'scenes=%5B%5D'), /a scene cannot hold scenes/],
  ])('%s', (_name, bad, why) => {
    const r = parse([scene('Good.', 'preset=bowl'), bad]);
    expect(r.scenes).toHaveLength(1);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].index).toBe(1);
    expect(r.refused[0].why).toMatch(why);
  });

  it('several refused scenes are named in one notice; all refused leaves none', () => {
    const r = parse([scene(1, ''), scene('B.', 'eta=0')]);
    expect(r.scenes).toEqual([]);
    const notice = refusedScenesNotice(r)!;
    expect(notice).toMatch(/^These 2 scenes were left out: scene 1: .*; scene 2 \(“B\.”\): eta=0 .*No scene is left to show; the page is as it was\.$/);
  });
});
