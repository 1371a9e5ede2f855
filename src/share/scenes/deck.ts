/**
 * A deck of checked scenes for one store: opening scene k applies its parameters exactly as opening its
 * link applies them (share/apply), on the fresh state the store's `goToScene` has just made, and takes
 * the steps it asks for as a link's — cheap ones at once, costly ones in slices with their progress.
 */
import type { AppStore, SceneCard, SceneDeck } from '../../store';
import { takeStepsInSlices } from '../slices';
import { parseUrl } from '../url';
import type { ApplyLink } from './check';

/** The deck of `scenes` for `store`; `apply` is share/apply's `applyUrlParams`. */
export function makeDeck(store: AppStore, title: string | null, scenes: readonly SceneCard[], apply: ApplyLink): SceneDeck {
  return {
    title,
    scenes,
    open(index) {
      const card = scenes[index];
      if (!card) return;
      const { params, problems } = parseUrl('', card.params);
      const shell = apply(store, params, problems, { deferSteps: true, what: 'scene parameters' });
      if (shell.steps > 0) takeStepsInSlices(store, shell.steps);
    },
  };
}
