/**
 * The math panel in the app: its numbers are the readouts' numbers, KaTeX
 * typesets them, and a Step changes them at once when the run is not playing.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

/** The TeX of one panel line. */
function tex(container: HTMLElement, id: string): string {
  return container.querySelector(`[data-line="${id}"] .tex`)?.getAttribute('data-tex') ?? '';
}
/** A readout's shown text, with the TeX minus. */
function shown(container: HTMLElement, quantity: string): string {
  return (container.querySelector(`[data-quantity="${quantity}"]`)?.textContent ?? '?').replace(/−/g, '-');
}

describe('MathPanel', () => {
  it('MathPanel shows the readouts’ ∂E/∂w₁, Δw₁ and E, typeset by KaTeX, and follows a Step', async () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    const panel = screen.getByTestId('math-panel');
    // KaTeX arrives after the first paint and typesets each line (MathML for screen readers).
    await waitFor(() => expect(panel.querySelector('.katex math')).not.toBeNull());
    const check = () => {
      expect(tex(container, 'grad-0').endsWith(`= ${shown(container, 'grad.1')}`)).toBe(true);
      expect(tex(container, 'dw-values')).toContain(`= ${shown(container, 'dw.1')}`);
      expect(tex(container, 'E').endsWith(`= ${shown(container, 'E')}`)).toBe(true);
    };
    check();
    const before = tex(container, 'grad-0');
    act(() => store.getState().step(1));
    expect(tex(container, 'grad-0')).not.toBe(before);
    check();
    // Nothing non-finite is ever printed.
    expect(panel.textContent).not.toMatch(/NaN|Infinity/);
  });

  it('MathPanel for two output units shows δ₂ and w₁₂ when unit 2 is chosen, and the rule’s note on w_ij (the step Δw_ij)', async () => {
    const store = createAppStore('two-outputs');
    const { container } = render(<App store={store} />);
    expect(screen.getByTestId('math-panel').textContent).toContain('gives the step Δw');
    const select = screen.getByLabelText(/output unit j/);
    act(() => {
      (select as HTMLSelectElement).value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor(() => expect(tex(container, 'delta')).toContain('\\delta_2'));
    expect(tex(container, 'dw-values')).toMatch(/\\Delta w_\{\d2\}/);
  });
});

describe('MathPanel while playing', () => {
  it('MathPanel holds its typeset lines while playing, and its live line shows the run’s step, E and Δw₁', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    const held = tex(container, 'grad-0');
    act(() => store.getState().play());
    act(() => {
      store.getState().step(3);
    });
    // The formulas did not move with the run…
    expect(tex(container, 'grad-0')).toBe(held);
    // …the live line did: step 3, and the readouts' E and Δw₁ (4 and 5 significant digits, as shown).
    const live = screen.getByTestId('math-live').textContent!;
    expect(live).toContain('step 3');
    expect(live).toContain(`E = ${container.querySelector('[data-quantity="E"]')!.textContent}`);
    expect(live).toContain(`Δw₁ = ${container.querySelector('[data-quantity="dw.1"]')!.textContent}`);
    act(() => store.getState().pause());
    expect(screen.queryByTestId('math-live')).toBeNull();
  });
});
