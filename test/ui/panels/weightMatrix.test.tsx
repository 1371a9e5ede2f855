/**
 * The weight matrix of the two-output preset: wᵢⱼ and Δwᵢⱼ per cell equal the
 * readouts, and the units' shares of E, worked out by hand from the seed, add up to E.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore, PRESETS } from '../../../src/store';

const sigma = (h: number) => 1 / (1 + Math.exp(-h));

describe('WeightMatrix', () => {
  it('WeightMatrix(two-outputs) shows w_ij and Δw_ij as the readouts do, and E₁ + E₂ = E by hand', () => {
    const store = createAppStore('two-outputs');
    const { container } = render(<App store={store} />);
    const matrix = screen.getByTestId('weight-matrix');
    const cells = [...matrix.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.replace(/[▲▼+\s]/g, '')));
    // Rows are inputs i = 1, 2; columns (w, Δw) of unit 1 then unit 2. Readouts are named w.i.j / dw.i.j.
    for (let i = 1; i <= 2; i++) {
      for (let j = 1; j <= 2; j++) {
        const w = container.querySelector(`[data-quantity="w.${i}.${j}"]`)!.textContent!;
        const dw = container.querySelector(`[data-quantity="dw.${i}.${j}"]`)!.textContent!;
        expect(cells[i - 1][2 * (j - 1)]).toBe(w);
        expect(cells[i - 1][2 * (j - 1) + 1]).toBe(dw);
      }
    }
    // By hand from the preset: E_j = ½ Σ_μ (y_j − σ(w_1j x_1 + w_2j x_2))².
    const p = PRESETS.find((q) => q.id === 'two-outputs')!;
    const share = [0, 1].map((j) => 0.5 * p.x.reduce((s, x, mu) => s + (p.y[mu][j] - sigma(p.w[j][0] * x[0] + p.w[j][1] * x[1])) ** 2, 0));
    const shown = [1, 2].map((j) => Number(matrix.querySelector(`[data-unit-error="${j}"]`)!.textContent!.replace(/−/g, '-')));
    expect(shown[0]).toBeCloseTo(share[0], 4);
    expect(shown[1]).toBeCloseTo(share[1], 4);
    expect(share[0] + share[1]).toBeCloseTo(store.getState().snapshot.E, 12);
  });

  it('WeightMatrix is absent with one output unit', () => {
    render(<App store={createAppStore('bowl')} />);
    expect(screen.queryByTestId('weight-matrix')).toBeNull();
  });
});
