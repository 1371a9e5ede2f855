/**
 * Writing the whole state back as URL parameters (DESIGN §3), so that opening
 * the link reproduces it: the problem (a preset's name, or its records), the
 * weights, η, activation, error measure, mode, view, axes, theme, a fixed plot window, a challenge
 * and the steps taken. A run is replayed from the weights it started from for the same number
 * of steps (the shuffle is seeded, so that is exact); when η was changed mid-run
 * a replay would not land on the same weights, so the current weights are
 * written instead and the step count starts again at 0. Numbers are written as
 * JavaScript prints them (the shortest text that reads back to the same double).
 */
import { hyperEntries } from './optimizerParams';
import { formatRuns } from './runsParam';
import { columnOf } from '../engine';
import { findPreset, fixedWindowOf, MAX_INITIAL_STEPS, type AppState } from '../store';

/** Rows as `a,b;c,d`. */
function records(rows: readonly (readonly number[])[]): string {
  return rows.map((r) => r.map(String).join(',')).join(';');
}

/** Flat unit-major weights as groups per unit, `w₁,w₂;w₁,w₂`. */
function groups(w: readonly number[], d: number): string {
  const out: string[] = [];
  for (let o = 0; o < w.length; o += d) out.push(w.slice(o, o + d).map(String).join(','));
  return out.join(';');
}

/** The seed index of flat weight q when it belongs to unit 1, else null (axes= names unit 1 only). */
function seedAxis(s: AppState, q: number): number | null {
  if (q < 0 || q >= s.problem.d) return null;
  const i = s.problem.bias ? q : q + 1;
  return columnOf(s.problem, i) === q ? i : null;
}

/** The parameters that reproduce `s`, in the order they are applied. */
export function stateParams(s: AppState): URLSearchParams {
  const p = new URLSearchParams();
  const preset = s.presetId === null ? undefined : findPreset(s.presetId);
  if (preset) p.set('preset', preset.id);
  else {
    p.set('x', records(s.data.x));
    p.set('y', records(s.data.y));
    p.set('bias', s.problem.bias ? '1' : '0');
  }
  const replay = s.replayable && s.snapshot.step < MAX_INITIAL_STEPS;
  const w = replay ? s.runStart : s.snapshot.w;
  const presetW = preset?.w.flat();
  if (!presetW || presetW.length !== w.length || presetW.some((v, q) => v !== w[q])) p.set('w', groups(w, s.problem.d));
  p.set('std', s.standardize ? '1' : '0');
  p.set('act', s.activation);
  p.set('loss', s.loss);
  p.set('mode', s.mode);
  if (s.mode === 'minibatch') p.set('batch', String(s.batchSize));
  p.set('eta', String(s.eta));
  if (s.optimizer !== 'gd') p.set('opt', s.optimizer);
  for (const [name, value] of hyperEntries(s.optimizerParams)) p.set(name, value);
  // A race: every run, the page's own first (opt= and eta= above say the same of it, for older readers).
  if (s.racers.length > 0) p.set('runs', formatRuns([{ optimizer: s.optimizer, eta: s.eta }, ...s.racers]));
  p.set('speed', String(s.speed));
  const i = seedAxis(s, s.axis);
  const j = seedAxis(s, s.axisJ);
  if (i !== null) p.set('axes', s.view !== 'curve' && j !== null ? `${i},${j}` : String(i));
  p.set('view', s.view);
  p.set('theme', s.theme);
  // Plot window: written back only when one is fixed (a link's window=), so copies share their axes.
  const fixed = fixedWindowOf(s);
  if (fixed) p.set('window', fixed.map(String).join(','));
  // A challenge: written back while it holds (a new problem drops it); a replay judges its steps again.
  if (s.challenge) p.set('goal', String(s.challenge.goal));
  if (s.challenge && s.challenge.within !== null) p.set('within', String(s.challenge.within));
  // A diverged run ends on a step that was tried and undone: replay that attempt too.
  const steps = s.snapshot.step + (s.snapshot.status === 'diverged' ? 1 : 0);
  if (replay && steps > 0) p.set('steps', String(steps));
  return p;
}

/**
 * The link to `s` from the page at `base` (its address without query or
 * fragment). The state goes in the fragment, which is never sent to a server,
 * so long data sets fit.
 */
export function shareLink(s: AppState, base: string): string {
  return `${base}#${stateParams(s).toString()}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A ready `<iframe>` for a course page: the link with embed=1, a size that
 * suits a figure (it follows the frame's width; the app posts its height), a
 * title for screen readers, and lazy loading.
 */
export function embedCode(s: AppState, base: string): string {
  const params = stateParams(s);
  params.set('embed', '1');
  const title = `Error Bowl: gradient descent${s.presetId ? ` (${findPreset(s.presetId)?.title ?? s.presetId})` : ''}`;
  return `<iframe src="${attr(`${base}#${params.toString()}`)}" title="${attr(title)}" width="720" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
