/**
 * Applying parsed URL parameters to the store. The preset comes first (the other
 * parameters override it); then the link's problem (x, y, w, bias) is checked
 * and started as ONE problem with its settings (std, act, loss, mode, batch, η),
 * so that no parameter is judged under a setting the link replaces. When the
 * problem is refused, the settings still apply to the problem kept. Then the
 * view, the plot window and a challenge (goal, within), and last the steps,
 * within a cost limit. Every parameter that was ignored is named in one notice,
 * however many there are.
 */
import { columnOf } from '../engine';
import { findPreset, TWO_WEIGHT_VIEWS, type AppStore, type ProblemSettings } from '../store';
import { stepCost, stepCostProblem, SYNC_STEP_COST } from './slices';
import { startScenes } from './scenes/start';
import { problemSentence, type ParamProblem, type UrlParams } from './url';

/** What the page shell needs that the store does not hold. */
export interface ShellParams {
  embed: boolean;
  /**
   * Whose commands the embed bridge obeys: null the parent from any origin, a string only from that origin,
   * false no page at all (`origin=` was given but is not a bare origin: fail closed).
   */
  origin: string | null | false;
  /** Costly steps still to take, in slices after the first render (only with `deferSteps`; 0 otherwise). */
  steps: number;
}

export interface ApplyOptions {
  /** Return costly steps (past SYNC_STEP_COST) in `steps` instead of taking them now: the caller takes them in slices. */
  deferSteps?: boolean;
  /** What the parameters are called in the notice (“link parameters” by default). */
  what?: string;
}

/** One notice for all ignored parameters: the single sentence for one, a list naming each for several. */
export function problemsNotice(problems: readonly ParamProblem[], what = 'link parameters'): string | null {
  if (problems.length === 0) return null;
  if (problems.length === 1) return problemSentence(problems[0], what === 'link parameters' ? 'URL parameter' : `${what.replace(/s$/, '')}`);
  const items = problems.map((p) => (p.why === 'unknown parameter' ? `${p.param} (unknown)` : `${p.param} (${p.why})`));
  return `These ${problems.length} ${what} were ignored: ${items.join('; ')}.`;
}

/**
 * Applies `params` to `store`; `problems` (the parser's, and any the caller found)
 * are named in one notice with those found here. Returns the page-shell settings.
 */
export function applyUrlParams(
  store: AppStore,
  params: UrlParams,
  problems: readonly ParamProblem[],
  options: ApplyOptions = {},
): ShellParams {
  const s = () => store.getState();
  const ignored: ParamProblem[] = [...problems];
  if (params.preset !== undefined) {
    if (findPreset(params.preset)) s().loadPreset(params.preset);
    else ignored.push({ param: `preset=${params.preset}`, why: 'there is no such preset; the current problem is kept' });
  }

  const settings: ProblemSettings = {};
  if (params.std !== undefined) settings.standardize = params.std;
  if (params.act) settings.activation = params.act;
  if (params.loss) settings.loss = params.loss;
  if (params.mode) settings.mode = params.mode;
  if (params.batch !== undefined) settings.batchSize = params.batch;
  if (params.eta !== undefined) settings.eta = params.eta;
  // The optimizer and its hyper-parameters (hyper-parameters alone apply to the optimizer in use).
  if (params.opt !== undefined || params.hyper !== undefined) {
    settings.optimizer = params.opt ?? s().optimizer;
    settings.optimizerParams = { ...(params.opt === undefined || params.opt === s().optimizer ? s().optimizerParams : {}), ...params.hyper };
  }
  const hasProblem = params.x !== undefined || params.y !== undefined || params.w !== undefined || params.bias !== undefined;
  const together =
    hasProblem && s().loadProblem({ x: params.x, y: params.y, w: params.w, bias: params.bias }, 'problem from the link (x, y, w, bias with its settings)', settings);
  if (!together) {
    // No problem in the link, or one refused (with its own notice): the settings apply to the problem kept.
    if (settings.standardize !== undefined) s().setStandardize(settings.standardize);
    if (settings.activation) s().setActivation(settings.activation);
    if (settings.loss) s().setLoss(settings.loss);
    if (settings.mode) s().setMode(settings.mode);
    if (settings.batchSize !== undefined) s().setBatchSize(settings.batchSize);
    if (settings.eta !== undefined) s().setEta(settings.eta);
    if (settings.optimizer !== undefined) s().setOptimizer(settings.optimizer, settings.optimizerParams);
  }
  // A race: its first run is the page's own (its optimizer and η win over opt= and eta=), the others race it.
  if (params.runs) s().setRace(params.runs);
  if (params.speed !== undefined) s().setSpeed(params.speed);
  if (params.axes) {
    const problem = s().problem;
    const [i, j] = params.axes.map((q) => columnOf(problem, q));
    const named = params.axes.map((q) => `w${q}`).join(' and ');
    const fits = i >= 0 && (params.axes.length === 1 || (j >= 0 && j !== i));
    if (!fits) ignored.push({ param: `axes=${params.axes.join(',')}`, why: `this problem has no ${named} to put on two different axes` });
    else if (params.axes.length === 2) s().setAxes(i, j);
    else s().setAxis(i);
  }
  if (params.view) {
    const dims = s().runner.w.length;
    if (TWO_WEIGHT_VIEWS.includes(params.view) && dims < 2) {
      ignored.push({ param: `view=${params.view}`, why: 'it needs at least two weights; this problem has one, so the curve E(w) is shown' });
    } else s().setView(params.view);
  }
  if (params.theme) s().setTheme(params.theme);
  // Plot window: after the problem, which it belongs to (a new problem drops a window set before it).
  if (params.window) s().setPlotWindow(params.window);
  // A challenge: after the problem it belongs to (a new problem drops one), before the steps it judges.
  if (params.goal !== undefined) s().setChallenge(params.goal, params.within ?? null);
  else if (params.within !== undefined) ignored.push({ param: `within=${params.within}`, why: 'a step budget needs a goal= to reach; no challenge was set' });
  let steps = 0;
  if (params.steps) {
    const tooCostly = stepCostProblem(store, params.steps);
    if (tooCostly) ignored.push({ param: `steps=${params.steps}`, why: tooCostly });
    else if (options.deferSteps && stepCost(s().problem.N, s().runner.w.length * (1 + s().racers.length), params.steps) > SYNC_STEP_COST) steps = params.steps;
    else s().step(params.steps);
  }
  const notice = problemsNotice(ignored, options.what);
  if (notice) s().notify(notice, 'warning');
  // Scenes (scenes= or lecture=, share/scenes/): the first scene opens fresh, in place of what the link set.
  if ((params.scenes !== undefined || params.lecture !== undefined) && startScenes(store, params, applyUrlParams)) steps = 0;
  return { embed: params.embed === true, origin: params.origin ?? null, steps };
}
