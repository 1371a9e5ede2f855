/**
 * What the data view draws: ŷ at a record's inputs equals the readout of that record's ŷ (the
 * forward pass), with and without the bias and with several units; by hand on a small case;
 * and the line and plane sample their inputs evenly.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, createProblem, predictAt, predictLine, predictPlane, type Problem } from '../../src/engine';
import { createAppStore, takeSnapshot } from '../../src/store';

function problemOf(x: number[][], y: number[][], bias: boolean): Problem {
  const r = createProblem(x, y, bias);
  if (!r.ok) throw new Error(r.error);
  return r.problem;
}

describe('predictAt', () => {
  it('predictAt(x) by hand: a sigmoid unit with the bias, ŷ = σ(w₀ + w₁x₁ + w₂x₂)', () => {
    const p = problemOf([[1, 2]], [[0]], true);
    const w = [0.5, -1, 0.25];
    expect(predictAt(p, ACTIVATIONS.sigmoid, w, 0, [1, 2])).toBeCloseTo(1 / (1 + Math.exp(-(0.5 - 1 + 0.5))), 14);
    expect(predictAt(p, ACTIVATIONS.sigmoid, w, 0, [3, -2])).toBeCloseTo(1 / (1 + Math.exp(-(0.5 - 3 - 0.5))), 14);
  });

  it.each(['two-outputs', 'small-batch', 'four-inputs', 'plateau'])('predictAt at every record of %s equals the readout ŷ of that record (every unit)', (id) => {
    const store = createAppStore(id);
    store.getState().step(7);
    const s = store.getState();
    const snap = takeSnapshot(s.runner);
    const { N, n, k } = s.problem;
    const act = ACTIVATIONS[s.activation];
    // Records beyond the per-record limit are not copied: check those the readouts show.
    expect(snap.records).not.toBeNull();
    for (let mu = 0; mu < N; mu++) {
      for (let j = 0; j < k; j++) {
        const yHat = predictAt(s.problem, act, s.runner.w, j, s.problem.x.subarray(mu * n, mu * n + n));
        expect(yHat).toBeCloseTo(snap.records!.yHat[mu * k + j], 12);
      }
    }
  });

  it.each(['iris', 'cars'])('predictAt at every record of %s (too many records for readouts) equals the forward pass’s ŷ', (id) => {
    const store = createAppStore(id);
    store.getState().setMode('batch');
    store.getState().step(5);
    const { problem, runner, activation } = store.getState();
    const { N, n, k } = problem;
    for (let mu = 0; mu < N; mu++) {
      for (let j = 0; j < k; j++) {
        expect(predictAt(problem, ACTIVATIONS[activation], runner.w, j, problem.x.subarray(mu * n, mu * n + n))).toBeCloseTo(runner.ws.yHat[mu * k + j], 12);
      }
    }
  });
});

describe('predictLine and predictPlane', () => {
  it('predictLine samples x evenly from x0 to x1 (a linear unit: ŷ = w₁x)', () => {
    const p = problemOf([[1]], [[0]], false);
    const out = predictLine(p, ACTIVATIONS.linear, [2], 0, 0, -1, 1, [0], new Float64Array(5));
    expect(Array.from(out)).toEqual([-2, -1, 0, 1, 2]);
  });

  it('predictPlane fills rows from the bottom up, across first (a linear unit: ŷ = x₁ + 10 x₂)', () => {
    const p = problemOf([[1, 1]], [[0]], false);
    const out = predictPlane(p, ACTIVATIONS.linear, [1, 10], 0, { a: 0, b: 1, ax0: 0, ax1: 1, by0: 0, by1: 1, G: 2 }, [0, 0], new Float64Array(4));
    expect(Array.from(out)).toEqual([0, 1, 10, 11]);
  });
});
