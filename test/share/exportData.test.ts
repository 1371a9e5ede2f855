/**
 * Exported data round-trips exactly: the trajectory CSV holds every kept step's E and weights
 * as numbers that read back to the same doubles; a run's JSON loads back into a fresh store as
 * the same records, weights and settings; a file that is not a run is refused, naming the field.
 */
import { describe, expect, it } from 'vitest';
import { forEachHistoryPoint } from '../../src/engine';
import { parseRunJson, runJson } from '../../src/share/runJson';
import { trajectoryCsv } from '../../src/share/trajectoryCsv';
import { createAppStore } from '../../src/store';

describe('trajectoryCsv', () => {
  it('trajectoryCsv has a row per kept step (step, E, w.1, w.2 …) that reads back to the same numbers', () => {
    const store = createAppStore('round-bowl');
    store.getState().setMode('stochastic');
    store.getState().step(37);
    const { history, problem } = store.getState();
    const lines = trajectoryCsv(history, problem).trimEnd().split('\n');
    expect(lines[0]).toBe('step,E,w.1,w.2');
    const want: number[][] = [];
    forEachHistoryPoint(history, (step, E, w, at) => want.push([step, E, w[at], w[at + 1]]));
    expect(lines.slice(1).map((l) => l.split(',').map(Number))).toEqual(want);
    expect(want).toHaveLength(38);
  });

  it('trajectoryCsv names the bias weight w.0 and several units’ weights w.i.j', () => {
    const store = createAppStore('two-outputs');
    const { history, problem } = store.getState();
    const head = trajectoryCsv(history, problem).split('\n')[0].split(',');
    expect(head.slice(0, 2)).toEqual(['step', 'E']);
    expect(head.length).toBe(2 + problem.k * problem.d);
    expect(head.slice(2).every((h) => /^w\.\d+\.\d+$/.test(h))).toBe(true);
  });
});

describe('runJson and parseRunJson', () => {
  it('a run saved as JSON loads into a fresh store as the same records, weights and settings', () => {
    const store = createAppStore('cars');
    const st = store.getState();
    st.setActivation('tanh');
    st.setMode('minibatch');
    st.setBatchSize(7);
    st.setOptimizer('momentum', { mu: 0.7 });
    st.setEta(0.003);
    st.setWeights(st.runner.w.length === 2 ? [0.25, -1.5] : Array.from(st.runner.w, (_, q) => q / 10));
    const text = runJson(store.getState());
    const read = parseRunJson(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const fresh = createAppStore();
    expect(fresh.getState().loadProblem(read.input, 'a run file', read.settings)).toBe(true);
    const a = store.getState();
    const b = fresh.getState();
    expect(b.data.x).toEqual(a.data.x);
    expect(b.data.y).toEqual(a.data.y);
    expect(b.data.names).toEqual(a.data.names);
    expect(b.w0).toEqual(a.w0);
    expect([b.activation, b.loss, b.mode, b.batchSize, b.eta, b.optimizer, b.optimizerParams, b.standardize, b.problem.bias]).toEqual([
      a.activation, a.loss, a.mode, a.batchSize, a.eta, a.optimizer, a.optimizerParams, a.standardize, a.problem.bias,
    ]);
    expect(b.runner.E).toBe(a.runner.E);
  });

  it.each([
    ['not json', /not JSON/],
    ['[1,2]', /not a run/],
    ['{"format":"other","version":1}', /“format” must be "error-bowl-run"/],
    ['{"format":"error-bowl-run","version":1,"x":[[1]],"y":[[1]],"eta":true}', /“eta” must be a number/],
    ['{"format":"error-bowl-run","version":1,"x":[["1"]],"y":[[1]]}', /“x” must be/],
    ['{"format":"error-bowl-run","version":1,"x":[[1]],"y":[[1]],"act":"swish"}', /“act” must be/],
    ['{"format":"error-bowl-run","version":1,"x":[[1]],"y":[[1]],"bias":1}', /“bias” must be true or false/],
    ['{"format":"error-bowl-run","version":1,"x":[[1]],"y":[[1]],"optimizerParams":{"mu":2}}', /optimizerParams\.mu/],
  ])('parseRunJson(%j) is refused, naming the field', (text, why) => {
    const r = parseRunJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(why);
  });
});
