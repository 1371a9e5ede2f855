/**
 * Scenes in the store: a link's scenes= opens the first scene as its link would; going to a scene starts
 * fresh (only the theme, step-through and notices are kept); Page Down moves on once the scene's run
 * reached `until`, converged or diverged; Page Up goes back to the scene's start, then a scene back;
 * → and ← never change scene.
 */
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../src/share/apply';
import { parseUrl } from '../../src/share/url';
import { createAppStore, type AppStore } from '../../src/store';
import { shortcutFor, type ShortcutContext } from '../../src/ui/keyboard/shortcuts';

const SCENES = [
  { caption: 'A tanh unit, slowly.', params: 'x=1,2&y=0.5&w=0.1,0.2&act=tanh&speed=2&eta=0.05', until: 2 },
  { caption: 'The bowl, too far.', params: 'preset=bowl&eta=0.4' },
  { caption: 'The plateau, three steps in.', params: 'preset=plateau&steps=3', until: 5 },
];

/** A store opened on `hash` (with its scenes), as main.tsx opens the page. */
function open(hash: string): { store: AppStore; steps: number } {
  const store = createAppStore();
  const { params, problems } = parseUrl('', hash);
  const shell = applyUrlParams(store, params, problems, { deferSteps: true });
  return { store, steps: shell.steps };
}

const scenesHash = (list: unknown, more = '') => `#scenes=${encodeURIComponent(JSON.stringify(list))}${more}`;
const ctx: ShortcutContext = { toggleFullscreen() {}, toggleProjector() {}, toggleBlank() {}, toggleSoundTrace() {}, toggleStepTones() {} };
const press = (store: AppStore, key: string) => shortcutFor(key)!.run(store.getState(), ctx);

describe('scenes= in a link', () => {
  it('loads the scenes and opens the first as its link would, without a notice; the link’s own steps are dropped', () => {
    const { store, steps } = open(scenesHash(SCENES, '&theme=projector&steps=7'));
    const s = store.getState();
    expect(s.notices).toEqual([]);
    expect(steps).toBe(0);
    expect(s.deck?.scenes.map((c) => c.caption)).toEqual(SCENES.map((c) => c.caption));
    expect(s.scene).toBe(0);
    expect([s.activation, s.eta, s.speed, s.theme]).toEqual(['tanh', 0.05, 2, 'projector']);
    expect(s.snapshot.w).toEqual([0.1, 0.2]);
  });

  it('going to a scene starts fresh: nothing of the scene before but the theme, step-through and notices', () => {
    const { store } = open(scenesHash(SCENES, '&theme=dark'));
    store.getState().setStepThrough(true);
    store.getState().setView('contour');
    store.getState().notify('kept', 'info');
    expect(store.getState().goToScene(1)).toBe(true);
    const s = store.getState();
    expect([s.presetId, s.activation, s.eta, s.view, s.theme, s.stepThrough]).toEqual(['bowl', 'linear', 0.4, 'curve', 'dark', true]);
    expect(s.speed).toBe(createAppStore().getState().speed);
    expect(s.speed).not.toBe(2);
    expect(s.notices.map((n) => n.text)).toEqual(['kept']);
    expect(s.snapshot.step).toBe(0);
    expect(store.getState().goToScene(2)).toBe(true);
    expect(store.getState().snapshot.step).toBe(3);
    expect(store.getState().goToScene(3)).toBe(false);
    expect(store.getState().scene).toBe(2);
  });

  it('a bad scene is named in a notice and left out; scenes= and lecture= together keep scenes=', () => {
    const { store } = open(scenesHash([SCENES[0], { caption: 'Bad.', params: 'eta=9999' }], '&lecture=examples/lecture.json'));
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts).toEqual([
      expect.stringMatching(/^URL parameter lecture=examples\/lecture\.json was ignored/),
      expect.stringMatching(/^Scene 2 \(“Bad\.”\) was left out: eta=9999 \(η must be .*The other 1 of 2 are loaded\.$/),
    ]);
    expect(store.getState().deck?.scenes).toHaveLength(1);
  });

  it('a list that does not load leaves the page as it was, with a notice', () => {
    const { store, steps } = open('#preset=plateau&steps=2&scenes=%5Bnot%20json');
    const s = store.getState();
    expect(s.deck).toBeNull();
    expect(s.presetId).toBe('plateau');
    expect(s.snapshot.step).toBe(2);
    expect(steps).toBe(0);
    expect(s.notices.map((n) => n.text)).toEqual([expect.stringMatching(/^The list of scenes in the link \(scenes=\) was not loaded: it is not valid JSON .*The page is as it was\.$/)]);
  });
});

describe('Page Down and Page Up', () => {
  it('Page Down steps until the scene’s until, then opens the next scene', () => {
    const { store } = open(scenesHash(SCENES));
    press(store, 'PageDown');
    press(store, 'PageDown');
    expect([store.getState().scene, store.getState().snapshot.step]).toEqual([0, 2]);
    press(store, 'PageDown');
    expect([store.getState().scene, store.getState().snapshot.step, store.getState().eta]).toEqual([1, 0, 0.4]);
  });

  it('Page Down moves on once the run diverged; on the last scene it keeps stepping', () => {
    const { store } = open(scenesHash(SCENES));
    store.getState().goToScene(1);
    let presses = 0;
    while (store.getState().scene === 1 && presses++ < 50) press(store, 'PageDown');
    expect(presses).toBe(11); // 9 steps, the 10th diverges, the 11th moves on
    expect([store.getState().scene, store.getState().snapshot.step]).toEqual([2, 3]);
    press(store, 'PageDown');
    press(store, 'PageDown');
    press(store, 'PageDown');
    expect([store.getState().scene, store.getState().snapshot.step]).toEqual([2, 6]);
  });

  it('Page Up past the scene’s start goes back to it, and from there to the previous scene', () => {
    const { store } = open(scenesHash(SCENES));
    store.getState().goToScene(2);
    press(store, 'PageUp');
    expect(store.getState().scene).toBe(1);
    store.getState().goToScene(2);
    press(store, 'PageDown');
    expect(store.getState().snapshot.step).toBe(4);
    press(store, 'PageUp');
    expect([store.getState().scene, store.getState().snapshot.step]).toEqual([2, 3]);
    press(store, 'PageUp');
    press(store, 'PageUp');
    expect(store.getState().scene).toBe(0);
    expect(press(store, 'PageUp')).toBe(false);
  });

  it('in step-through mode Page Down and Page Up move through the parts first', () => {
    const { store } = open(scenesHash(SCENES));
    store.getState().setStepThrough(true);
    store.getState().goToScene(1);
    press(store, 'PageDown');
    expect([store.getState().scene, store.getState().stage]).toEqual([1, 1]);
    press(store, 'PageUp');
    expect([store.getState().scene, store.getState().stage]).toEqual([1, 0]);
    press(store, 'PageUp');
    expect(store.getState().scene).toBe(0);
  });

  it('→ and ← never change scene', () => {
    const { store } = open(scenesHash(SCENES));
    for (let i = 0; i < 5; i++) press(store, 'ArrowRight');
    expect([store.getState().scene, store.getState().snapshot.step]).toEqual([0, 5]);
    store.getState().goToScene(1);
    expect(press(store, 'ArrowLeft')).toBe(false);
    expect(store.getState().scene).toBe(1);
  });

  it('without scenes Page Down steps and Page Up does nothing, as before', () => {
    const store = createAppStore();
    press(store, 'PageDown');
    expect(store.getState().snapshot.step).toBe(1);
    expect(press(store, 'PageUp')).toBe(false);
  });
});
