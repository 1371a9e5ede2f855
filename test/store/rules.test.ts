/**
 * The store keeps its own rules whatever happens: thousands of seeded random
 * action sequences (presets, views, axes, problems, weights, η, activation,
 * mode, steps, reset, embed `set`), each state checked against the rules by
 * direct inspection here, not by the store's own rule function alone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STAGES } from '../../src/notation';
import { createAppStore, ruleFixes, type AppState } from '../../src/store';
import { randomActions } from './randomActions';

/** Every rule, checked from the state's own fields; returns the broken ones. */
function brokenRules(s: AppState): string[] {
  const broken: string[] = [];
  const dims = s.runner.w.length;
  if (dims !== s.problem.k * s.problem.d) broken.push(`runner has ${dims} weights for a problem of ${s.problem.k * s.problem.d}`);
  if (!(Number.isInteger(s.axis) && s.axis >= 0 && s.axis < dims)) broken.push(`axis ${s.axis} of ${dims}`);
  if (dims >= 2 && !(Number.isInteger(s.axisJ) && s.axisJ >= 0 && s.axisJ < dims && s.axisJ !== s.axis)) broken.push(`axisJ ${s.axisJ} (axis ${s.axis}, ${dims} weights)`);
  if (dims < 2 && s.axisJ !== -1) broken.push(`axisJ ${s.axisJ} with one weight`);
  if (!['curve', 'contour', 'surface', 'data'].includes(s.view)) broken.push(`view ${s.view}`);
  // The data view pairs the data with the curve or the map: it fits every problem.
  if (dims < 2 && s.view !== 'curve' && s.view !== 'data') broken.push(`view ${s.view} with one weight`);
  if (s.mathRecord !== null && !(s.mathRecord >= 0 && s.mathRecord < s.problem.N)) broken.push(`mathRecord ${s.mathRecord}`);
  if (!(s.mathUnit >= 0 && s.mathUnit < s.problem.k)) broken.push(`mathUnit ${s.mathUnit}`);
  if (!(s.stage >= 0 && s.stage < STAGES.length)) broken.push(`stage ${s.stage}`);
  if (!(s.batchSize >= 1 && s.batchSize <= s.problem.N)) broken.push(`batchSize ${s.batchSize} of ${s.problem.N}`);
  // A race plays on while any run moves; every racer is of the problem's shape, finite, and started where the run did.
  if (s.playing && s.runner.status === 'diverged' && !s.racers.some((r) => r.runner.status === 'running')) broken.push('a diverged run plays');
  if (s.racers.length > 5) broken.push(`${s.racers.length + 1} runs racing`);
  for (const r of s.racers) {
    if (r.runner.w.length !== dims || r.runner.problem !== s.problem) broken.push('a racer of another problem');
    if (!Array.from(r.runner.w).every(Number.isFinite) || !Number.isFinite(r.runner.E)) broken.push('a racer with a non-finite number');
  }
  if (s.finishedAt.length !== s.racers.length + 1) broken.push(`finishedAt of ${s.finishedAt.length} for ${s.racers.length + 1} runs`);
  if (s.snapshot.w.length !== dims || s.history.dims !== dims) broken.push('snapshot or history of another shape');
  if (s.runner.status !== 'diverged' && !s.snapshot.w.every(Number.isFinite)) broken.push('a non-finite weight in a run that has not diverged');
  if (s.notices.length > 6) broken.push(`${s.notices.length} notices`);
  return broken;
}

describe('the store’s rules', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hold after every action of 1,000 seeded random sequences of 10 actions (10,000 actions)', () => {
    for (let seed = 1; seed <= 1000; seed++) {
      const store = createAppStore();
      for (const [n, action] of randomActions(seed, 10).entries()) {
        try {
          action.run(store);
        } catch (e) {
          throw new Error(`seed ${seed}, action ${n + 1} ${action.name} threw: ${String(e)}`);
        }
        const s = store.getState();
        const broken = brokenRules(s);
        if (broken.length) throw new Error(`seed ${seed}, after action ${n + 1} ${action.name}: ${broken.join('; ')}`);
        expect(ruleFixes(s)).toBeNull();
      }
      store.getState().pause();
    }
  });

  it('loadPreset(bowl) from the contour map of a two-weight problem shows the curve, with a notice', () => {
    const store = createAppStore('two-inputs');
    expect(store.getState().setView('contour')).toBe(true);
    store.getState().loadPreset('bowl');
    const s = store.getState();
    expect(s.view).toBe('curve');
    expect(s.axisJ).toBe(-1);
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/one weight/);
  });

  it('setView refuses a 2-D view on a one-weight problem and an unknown view, with a notice, and keeps the view', () => {
    const store = createAppStore('bowl');
    expect(store.getState().setView('surface')).toBe(false);
    expect(store.getState().setView('bogus' as never)).toBe(false);
    expect(store.getState().view).toBe('curve');
    expect(store.getState().notices).toHaveLength(2);
  });

  it('setState from outside cannot break a rule either (axes equal, view of one weight)', () => {
    const store = createAppStore('two-inputs');
    store.setState({ axis: 1, axisJ: 1 });
    expect(store.getState().axisJ).not.toBe(store.getState().axis);
    const bowl = createAppStore('bowl');
    bowl.setState({ view: 'contour' });
    expect(bowl.getState().view).toBe('curve');
  });

  it('loadProblem down to one weight while the 3-D bowl shows falls back to the curve', () => {
    const store = createAppStore('two-inputs');
    store.getState().setView('surface');
    expect(store.getState().loadProblem({ x: [[1], [2]], y: [[1], [2]], w: [[0.5]] }, 'data')).toBe(true);
    expect(store.getState().view).toBe('curve');
    expect(store.getState().axisJ).toBe(-1);
  });
});
