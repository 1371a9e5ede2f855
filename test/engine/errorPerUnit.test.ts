import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, createProblem, createRandom, createRunner, errorPerUnit } from '../../src/engine';

describe('errorPerUnit', () => {
  it('errorPerUnit splits E into the units’ shares, which add up to the run’s E (sse and mse, with bias)', () => {
    const rnd = createRandom(5);
    const x = Array.from({ length: 9 }, () => [rnd() * 2 - 1, rnd() * 3]);
    const y = Array.from({ length: 9 }, () => [rnd(), rnd(), rnd()]);
    const made = createProblem(x, y, true);
    if (!made.ok) throw new Error(made.error);
    const w = Array.from({ length: 9 }, () => rnd() - 0.5);
    for (const loss of ['sse', 'mse'] as const) {
      const shares = errorPerUnit(made.problem, w, ACTIVATIONS.tanh, loss);
      const r = createRunner(made.problem, w, { activation: 'tanh', loss, mode: 'batch', batchSize: 1, eta: 0.1, shuffle: false, seed: 1 });
      expect(shares[0] + shares[1] + shares[2]).toBeCloseTo(r.E, 12);
      // Unit 2 by hand: ½ (scale) Σ_μ (y₂ − tanh(w₀₂ + w₁₂x₁ + w₂₂x₂))².
      let e2 = 0;
      for (let mu = 0; mu < 9; mu++) e2 += (y[mu][1] - Math.tanh(w[3] + w[4] * x[mu][0] + w[5] * x[mu][1])) ** 2;
      expect(shares[1]).toBeCloseTo(0.5 * e2 * (loss === 'mse' ? 1 / 9 : 1), 12);
    }
  });
});
