/**
 * When Page Down and Page Up change scene (pure reads of the state, for the keyboard table): Page Down
 * moves on once the scene's run has done its part — reached the scene's `until` step, or converged or
 * diverged — and Page Up goes back a scene from where the scene opened.
 */
import type { AppState, SceneCard } from './types';

/** The scene shown, or null when no scenes are loaded. */
export function currentScene(s: AppState): SceneCard | null {
  return s.deck?.scenes[s.scene] ?? null;
}

/** Whether the scene's run has done its part: it reached the scene's `until` step, converged or diverged. */
export function sceneEnded(s: AppState): boolean {
  const card = currentScene(s);
  if (!card) return false;
  const { status, step } = s.runner;
  return status !== 'running' || (card.until !== null && step >= card.until);
}

/** Whether the run is where the scene opened it (step 0, or the steps its link takes), at a step's first part. */
export function atSceneStart(s: AppState): boolean {
  const card = currentScene(s);
  return card !== null && s.runner.step <= card.startStep && s.stage === 0;
}

/** Page Down: the next scene once this one's run has done its part (false when it did not change scene). */
export function pageDownScene(s: AppState): boolean {
  return s.deck !== null && s.scene < s.deck.scenes.length - 1 && s.stage === 0 && sceneEnded(s) && s.goToScene(s.scene + 1);
}

/**
 * Page Up with scenes: at the scene's start the previous scene; past it, back to this scene's start.
 * False when it did nothing (no scenes, or the first scene at its start).
 */
export function pageUpScene(s: AppState): boolean {
  if (!s.deck) return false;
  if (!atSceneStart(s)) return s.goToScene(s.scene);
  return s.scene > 0 && s.goToScene(s.scene - 1);
}
