/**
 * The scene bar: nothing without scenes; with them "Scene k of n" and the caption, and Next / Previous
 * scene open the scene after or before it — the store's problem and the caption change together.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { applyUrlParams } from '../../../src/share/apply';
import { sceneChecker } from '../../../src/share/scenes/check';
import { readSceneList } from '../../../src/share/scenes/parse';
import { loadSceneList } from '../../../src/share/scenes/start';
import { createAppStore, StoreContext, type AppStore } from '../../../src/store';
import { SceneBar } from '../../../src/ui/panels/SceneBar';

const LIST = {
  title: 'Three bowls',
  scenes: [
    { caption: 'One weight: E(w) is a bowl.', params: 'preset=bowl' },
    { caption: 'Two weights, a round bowl.', params: 'preset=round-bowl&eta=0.2' },
    { caption: 'A narrow valley.', params: 'preset=narrow-valley' },
  ],
};

/** The bar on a fresh store, with LIST loaded unless `empty`. */
function setup(empty = false): { store: AppStore; container: HTMLElement } {
  const store = createAppStore();
  if (!empty) loadSceneList(store, readSceneList(LIST, sceneChecker(applyUrlParams)), 'The test list', applyUrlParams);
  const { container } = render(
    <StoreContext.Provider value={store}>
      <SceneBar />
    </StoreContext.Provider>,
  );
  return { store, container };
}

const caption = () => screen.getByTestId('scene-caption').textContent;
const number = () => screen.getByTestId('scene-number').textContent;

describe('SceneBar', () => {
  it('shows nothing when no scenes are loaded', () => {
    const { container } = setup(true);
    expect(container.innerHTML).toBe('');
  });

  it('Next scene and Previous scene change the store’s problem and the caption', () => {
    const { store } = setup();
    const previous = screen.getByRole('button', { name: 'Previous scene' });
    const next = screen.getByRole('button', { name: 'Next scene' });
    expect(number()).toBe('Three bowlsScene 1 of 3'); // the title, then (after a CSS ·) the scene
    expect(caption()).toBe('One weight: E(w) is a bowl.');
    expect(previous).toHaveProperty('disabled', true);
    const bowl = store.getState().problem;
    expect(store.getState().presetId).toBe('bowl');

    fireEvent.click(next);
    expect(store.getState().scene).toBe(1);
    expect(store.getState().presetId).toBe('round-bowl');
    expect(store.getState().problem).not.toBe(bowl);
    expect(store.getState().eta).toBe(0.2);
    expect(number()).toMatch(/Scene 2 of 3$/);
    expect(caption()).toBe('Two weights, a round bowl.');

    fireEvent.click(next);
    expect(store.getState().presetId).toBe('narrow-valley');
    expect(caption()).toBe('A narrow valley.');
    expect(next).toHaveProperty('disabled', true);

    fireEvent.click(previous);
    fireEvent.click(previous);
    expect(store.getState().presetId).toBe('bowl');
    expect(store.getState().problem.n).toBe(1);
    expect(caption()).toBe('One weight: E(w) is a bowl.');
    expect(store.getState().notices).toEqual([]);
  });

  it('follows scene changes made elsewhere (Page Down), and goes away when the scenes are closed', () => {
    const { store, container } = setup();
    act(() => void store.getState().goToScene(2));
    expect(number()).toContain('Scene 3 of 3');
    act(() => store.getState().setDeck(null));
    expect(container.innerHTML).toBe('');
  });
});
