/**
 * A scene's parameters go through the same validator as a link: parsed by the URL's typed allow-list,
 * then applied to a scratch store opened as a fresh page. Anything the link would ignore or refuse
 * with a notice (an unknown name, η out of range, a view the problem cannot show, steps past the cost
 * limit, x and y that do not match) refuses the scene, naming it. A scene cannot hold the page-shell
 * parameters (embed, origin) or other scenes.
 */
import { createAppStore, type AppStore } from '../../store';
import { parseUrl, type ParamProblem, type UrlParams } from '../url';
import type { SceneCheck } from './parse';

/**
 * How a link's parameters are applied: share/apply's `applyUrlParams`, passed in (its shape written out
 * here) so this module does not import apply.ts, which starts the scenes.
 */
export type ApplyLink = (store: AppStore, params: UrlParams, problems: readonly ParamProblem[], options?: { deferSteps?: boolean; what?: string }) => { steps: number };

/** Parameters a scene may not hold: they belong to the page, not to one scene. */
export const SCENE_FORBIDDEN: readonly (keyof UrlParams)[] = ['embed', 'origin', 'scenes', 'lecture'];

/** The check of one scene's parameters, applying them with `apply`. */
export function sceneChecker(apply: ApplyLink): SceneCheck {
  return (text) => {
    const { params, problems } = parseUrl('', text);
    if (problems.length > 0) {
      return { ok: false, why: problems.map((p) => (p.why === 'unknown parameter' ? `${p.param} (unknown)` : `${p.param} (${p.why})`)).join('; ') };
    }
    const forbidden = SCENE_FORBIDDEN.filter((k) => params[k] !== undefined);
    if (forbidden.length > 0) return { ok: false, why: `a scene cannot hold ${forbidden.join(' or ')}` };
    // A fresh page, as the scene opens on one; the link's own notices name what it would ignore.
    const scratch = createAppStore();
    const before = new Set(scratch.getState().notices.map((n) => n.id));
    apply(scratch, params, [], { deferSteps: true, what: 'scene parameters' });
    const said = scratch.getState().notices.filter((n) => !before.has(n.id));
    if (said.length > 0) return { ok: false, why: said.map((n) => n.text.replace(/\.$/, '')).join('; ') };
    return { ok: true, startStep: params.steps ?? 0 };
  };
}
