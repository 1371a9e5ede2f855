/**
 * Starting the scenes a link asks for: `scenes=` (the list in the link, read at once) or `lecture=` (a
 * scene file on this site, fetched). The scenes that load are put in the store, which opens the first;
 * refused scenes are named in one notice; a list or file that does not load leaves the page as it was,
 * with a notice saying why.
 */
import type { AppStore } from '../../store';
import type { UrlParams } from '../url';
import { sceneChecker, type ApplyLink } from './check';
import { makeDeck } from './deck';
import { browserLectureEnv, fetchLectureText, type LectureEnv } from './fetchLecture';
import { parseSceneList, refusedScenesNotice, type SceneListResult } from './parse';

/** Shortens an address for a notice. */
function shown(address: string): string {
  return address.length > 60 ? `${address.slice(0, 60)}…` : address;
}

/**
 * Puts the scenes of `result` (read from `what`) in `store` and opens the first; says what was refused.
 * Returns whether any scene was loaded.
 */
export function loadSceneList(store: AppStore, result: SceneListResult, what: string, apply: ApplyLink): boolean {
  const s = store.getState();
  if (result.error !== null) {
    s.notify(`${what} was not loaded: ${result.error}. The page is as it was.`, 'warning');
    return false;
  }
  const refused = refusedScenesNotice(result);
  if (refused) s.notify(refused, 'warning');
  if (result.scenes.length === 0) return false;
  s.setDeck(makeDeck(store, result.title, result.scenes, apply));
  return true;
}

/** Fetches the scene file at `address` and loads its scenes; resolves to whether any was loaded. */
export async function loadLecture(store: AppStore, address: string, apply: ApplyLink, env: LectureEnv = browserLectureEnv()): Promise<boolean> {
  const what = `The scene file “${shown(address)}”`;
  const fetched = await fetchLectureText(address, env);
  if (!fetched.ok) {
    store.getState().notify(`${what} was not loaded: ${fetched.why}. The page is as it was.`, 'warning');
    return false;
  }
  return loadSceneList(store, parseSceneList(fetched.text, sceneChecker(apply)), what, apply);
}

/**
 * Starts the scenes of a link's `scenes=` or `lecture=` (scenes= wins when both are given). Returns true
 * when the scenes replaced the link's own state at once (scenes=); a lecture file loads later.
 */
export function startScenes(store: AppStore, params: UrlParams, apply: ApplyLink, env?: LectureEnv): boolean {
  if (params.scenes !== undefined) {
    if (params.lecture !== undefined) {
      store.getState().notify(`URL parameter lecture=${shown(params.lecture)} was ignored: the link gives its scenes in scenes= as well.`, 'warning');
    }
    return loadSceneList(store, parseSceneList(params.scenes, sceneChecker(apply)), 'The list of scenes in the link (scenes=)', apply);
  }
  if (params.lecture !== undefined) void loadLecture(store, params.lecture, apply, env);
  return false;
}
