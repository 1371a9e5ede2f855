/**
 * The scene bar of a lecture (scenes= or lecture=): "Scene k of n", the scene's caption in large type
 * and Previous / Next scene. It sits in the first screen above the plot, in lecture mode too, and shows
 * nothing when no scenes are loaded. Going to a scene opens it as its link would, starting fresh.
 */
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { useAppState, useAppStore } from '../../store';
import './sceneBar.css';

/** Scene k of n, its caption, and the buttons to the scenes before and after it. */
export function SceneBar() {
  const store = useAppStore();
  const deck = useAppState((s) => s.deck);
  const scene = useAppState((s) => s.scene);
  if (!deck) return null;
  const n = deck.scenes.length;
  const card = deck.scenes[scene];
  if (!card) return null;
  const go = (index: number) => store.getState().goToScene(index);
  return (
    <nav className="scene-bar" aria-label="Scenes" data-testid="scene-bar">
      {/* Announced when the scene changes, so a screen reader hears the new caption. */}
      <p className="scene-caption" data-testid="scene-caption" aria-live="polite">
        {card.caption}
      </p>
      <div className="scene-nav">
        <p className="scene-number" data-testid="scene-number" data-scene={scene + 1}>
          {deck.title && (
            <span className="scene-title" title={deck.title}>
              {deck.title}
            </span>
          )}
          <span>
            Scene {scene + 1} of {n}
          </span>
        </p>
        <div className="scene-buttons">
          <button
            type="button"
            aria-label="Previous scene"
            disabled={scene === 0}
            onClick={(e) => {
              go(scene - 1);
              releaseAfterMouse(e);
            }}
          >
            ‹ Previous
          </button>
          <button
            type="button"
            aria-label="Next scene"
            disabled={scene >= n - 1}
            onClick={(e) => {
              go(scene + 1);
              releaseAfterMouse(e);
            }}
          >
            Next ›
          </button>
        </div>
      </div>
    </nav>
  );
}
