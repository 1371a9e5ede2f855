/**
 * The tangent is the slope of the drawn curve (E over all records), also in
 * stochastic mode, where the pending step follows one record only; the step
 * arrow then names its record.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

// small-batch preset, by hand: σ unit, two inputs, six records.
const X = [
  [0.2, 0.9],
  [0.4, 0.6],
  [0.9, 0.1],
  [0.7, 0.3],
  [0.1, 0.4],
  [0.8, 0.8],
];
const Y = [0.9, 0.7, 0.1, 0.2, 0.6, 0.5];
const sigma = (h: number) => 1 / (1 + Math.exp(-h));
/** ∂E/∂w₁ over all records: −Σ_μ (y − ŷ) ŷ(1 − ŷ) x₁. */
function fullSlope(w: number[]): number {
  return -X.reduce((s, x, mu) => {
    const yHat = sigma(w[0] * x[0] + w[1] * x[1]);
    return s + (Y[mu] - yHat) * yHat * (1 - yHat) * x[0];
  }, 0);
}
/** The number after "slope ∂E/∂w₁ = " in the plot's description. */
function describedSlope(): number {
  const label = screen.getByTestId('curve-plot').getAttribute('aria-label') ?? '';
  const m = label.match(/slope ∂E\/∂w₁ = ([−\d.e]+)/);
  expect(m).not.toBeNull();
  return Number(m![1].replace(/−/g, '-'));
}

describe('CurvePlot tangent', () => {
  it('in stochastic mode the tangent is the all-records slope, not the one record’s gradient', () => {
    const store = createAppStore('small-batch');
    act(() => store.getState().setMode('stochastic'));
    act(() => {
      store.getState().step(3);
    });
    render(<App store={store} />);
    const w = store.getState().snapshot.w;
    const want = fullSlope(w);
    expect(describedSlope()).toBeCloseTo(want, 3);
    // The pending step's own gradient is another number: the test would notice a mix-up.
    expect(Math.abs(store.getState().snapshot.grad[0] - want)).toBeGreaterThan(1e-3);
    const record = store.getState().snapshot.batch[0] + 1;
    expect(screen.getByTestId('step-arrow').textContent).toContain(`(record ${record})`);
  });

  it('in batch mode the tangent slope is the pending gradient ∂E/∂w₁', () => {
    const store = createAppStore('small-batch');
    render(<App store={store} />);
    expect(describedSlope()).toBeCloseTo(fullSlope([0.1, -0.3]), 3);
    expect(screen.getByTestId('step-arrow').textContent).not.toContain('record');
  });
});
