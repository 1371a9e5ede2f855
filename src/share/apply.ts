/**
 * Applying parsed URL parameters to the store, in an order that lets later
 * parameters override the preset: preset → problem (x, y, w, bias) → model →
 * run settings → view → steps. Every problem reaches the user as a notice.
 */
import { columnOf } from '../engine';
import type { AppStore } from '../store';
import type { UrlParams } from './url';

/** What the page shell needs that the store does not hold. */
export interface ShellParams {
  embed: boolean;
  origin: string | null;
}

/** Applies `params` to `store`, posting `notices` and any new ones; returns the page-shell settings. */
export function applyUrlParams(store: AppStore, params: UrlParams, notices: readonly string[]): ShellParams {
  const s = () => store.getState();
  for (const n of notices) s().notify(n, 'warning');
  if (params.preset !== undefined) s().loadPreset(params.preset);
  if (params.x || params.y || params.w || params.bias !== undefined) {
    s().loadProblem({ x: params.x, y: params.y, w: params.w, bias: params.bias }, 'problem from the URL (x, y, w, bias)');
  }
  if (params.std !== undefined) s().setStandardize(params.std);
  if (params.act) s().setActivation(params.act);
  if (params.loss) s().setLoss(params.loss);
  if (params.mode) s().setMode(params.mode);
  if (params.batch !== undefined) s().setBatchSize(params.batch);
  if (params.eta !== undefined) s().setEta(params.eta);
  if (params.speed !== undefined) s().setSpeed(params.speed);
  if (params.opt && params.opt !== 'gd') {
    s().notify(`opt=${params.opt} is not available yet; using plain gradient descent.`, 'info');
  }
  if (params.axes) {
    const problem = s().problem;
    const [i, j] = params.axes.map((q) => columnOf(problem, q));
    const named = params.axes.map((q) => `w${q}`).join(' and ');
    const fits = i >= 0 && (params.axes.length === 1 || (j >= 0 && j !== i));
    if (!fits) s().notify(`axes=${params.axes.join(',')} was ignored: this problem has no ${named} to put on two different axes.`, 'warning');
    else if (params.axes.length === 2) s().setAxes(i, j);
    else s().setAxis(i);
  }
  if (params.view) {
    const dims = s().runner.w.length;
    if (params.view !== 'curve' && dims < 2) {
      s().notify(`view=${params.view} needs at least two weights; this problem has one, so the curve E(w) is shown.`, 'info');
    } else s().setView(params.view);
  }
  if (params.theme) s().setTheme(params.theme);
  if (params.steps) s().step(params.steps);
  return { embed: params.embed === true, origin: params.origin ?? null };
}
