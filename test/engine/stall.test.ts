/** A run that stops because f′(h) ≈ 0 everywhere is told apart from one at the bottom of the bowl. */
import { describe, expect, it } from 'vitest';
import { createRunner, takeSteps } from '../../src/engine';
import { options, problemOf } from './helpers';

describe('takeStep stall detection', () => {
  it('takeSteps on a saturated sigmoid (w = −17) converges with stalled = true while E is large', () => {
    const p = problemOf([[2], [1]], [[0.9], [0.7]], false);
    const r = createRunner(p, [-17], options({ activation: 'sigmoid', eta: 3 }));
    takeSteps(r, 10);
    expect(r.status).toBe('converged');
    expect(r.stalled).toBe(true);
    // E = ½(0.9² + 0.7²) at σ ≈ 0: far from the minimum.
    expect(r.E).toBeCloseTo(0.5 * (0.81 + 0.49), 6);
  });

  it('takeSteps on a dead ReLU (every h < 0) converges with stalled = true', () => {
    const p = problemOf([[0.5], [1], [1.5], [2]], [[1.1], [1.9], [3.2], [3.9]], false);
    const r = createRunner(p, [-1], options({ activation: 'relu', eta: 0.1 }));
    takeSteps(r, 5);
    expect(r.status).toBe('converged');
    expect(r.stalled).toBe(true);
  });

  it('takeSteps to the bottom of a linear bowl converges with stalled = false', () => {
    const p = problemOf([[0.5], [1], [1.5], [2]], [[1.1], [1.9], [3.2], [3.9]], false);
    const r = createRunner(p, [-1], options({ activation: 'linear', eta: 0.1 }));
    takeSteps(r, 10_000);
    expect(r.status).toBe('converged');
    expect(r.stalled).toBe(false);
    expect(r.w[0]).toBeCloseTo(15.05 / 7.5, 8);
  });
});
