/**
 * The scenes slice: a lecture's scenes (links strung together, each with a caption) and the one shown.
 * Going to a scene starts from a fresh page's state — the default problem, settings and view, no run —
 * keeping only how the page is presented (theme, step-through, help, notices); the deck's `open`, which
 * the share layer supplies, then applies the scene's parameters exactly as opening its link would.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_PRESET_ID } from '../presets';
import { initialState } from '../initialState';
import type { Actions, AppData, AppState, ScenesSlice } from '../types';

/** What a scene change keeps: how the page is presented, not what it shows. */
const KEPT: readonly (keyof AppData)[] = ['frames', 'theme', 'stepThrough', 'helpOpen', 'notices', 'deck', 'scene'];

/** A fresh page's state without the fields a scene change keeps. */
export function freshSceneState(): Partial<AppData> {
  const fresh = initialState(DEFAULT_PRESET_ID);
  return Object.fromEntries(Object.entries(fresh).filter(([k]) => !(KEPT as readonly string[]).includes(k))) as Partial<AppData>;
}

/** The scenes slice's actions: load a deck (opening its first scene) and go to a scene. */
export const createScenesSlice: StateCreator<AppState, [], [], Actions<ScenesSlice>> = (set, get) => ({
  setDeck(deck) {
    if (deck === null) {
      set({ deck: null, scene: 0 });
      return;
    }
    if (deck.scenes.length === 0) return;
    set({ deck, scene: 0 });
    get().goToScene(0);
  },
  goToScene(index) {
    const { deck } = get();
    if (!deck || !Number.isInteger(index) || index < 0 || index >= deck.scenes.length) return false;
    // One update to the fresh state (which also ends a previous scene's steps still being taken) …
    set({ ...freshSceneState(), scene: index });
    get().frames.publish(get().snapshot);
    // … then the scene's own parameters, as its link.
    deck.open(index);
    return true;
  },
});
