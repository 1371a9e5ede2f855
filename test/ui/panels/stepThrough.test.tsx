/**
 * Step-through mode in the app: Step moves through the five parts of one update
 * in order, the math panel and the plot mark the part reached, and after the
 * last part Step takes the update. The per-record terms add up to ∂E/∂w.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

const ORDER = ['forward', 'error', 'term', 'gradient', 'update'];

function currentPart(container: HTMLElement): string | null {
  const parts = container.querySelectorAll('.math-part[aria-current="step"]');
  expect(parts.length).toBeLessThanOrEqual(1);
  return parts[0]?.getAttribute('data-part') ?? null;
}

describe('step-through mode', () => {
  it('Step moves through forward, error, term, gradient, update, then takes the step', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    expect(currentPart(container)).toBeNull();
    fireEvent.click(screen.getByLabelText(/take each step apart/));
    const stepButton = screen.getByRole('button', { name: 'Step' });
    const plot = screen.getByTestId('curve-plot').parentElement!;
    const seen: string[] = [];
    const plotSeen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push(currentPart(container)!);
      plotSeen.push(plot.getAttribute('data-stage')!);
      expect(screen.getByTestId('stage-now').textContent).toContain(`Part ${i + 1} of 5`);
      // The weights do not move while the parts are shown.
      expect(store.getState().snapshot.step).toBe(0);
      fireEvent.click(stepButton);
    }
    expect(seen).toEqual(ORDER);
    expect(plotSeen).toEqual(ORDER);
    // After the fifth part the update is taken, and the next one starts from its first part.
    expect(store.getState().snapshot.step).toBe(1);
    expect(store.getState().snapshot.w[0]).toBeCloseTo(-1 + 2.255, 12); // w + Δw, Δw = 0.1 · 22.55 by hand
    expect(currentPart(container)).toBe('forward');
  });

  it('the plot carries the part as data-stage (its CSS hides later marks) only while the mode is on', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    act(() => store.getState().setStepThrough(true));
    const plot = screen.getByTestId('curve-plot').parentElement!;
    expect(plot.getAttribute('data-stage')).toBe('forward');
    // jsdom applies no stylesheet; what the CSS hides is checked in Chromium (e2e).
    expect(plot.querySelector('.tangent')).not.toBeNull();
    expect(plot.querySelector('.step-arrow')).not.toBeNull();
    act(() => store.getState().setStepThrough(false));
    expect(plot.hasAttribute('data-stage')).toBe(false);
  });

  it('→ moves to the next part and ← back, only in step-through mode', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(store.getState().stage).toBe(0);
    act(() => store.getState().setStepThrough(true));
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().stage).toBe(2);
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(store.getState().stage).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Back a part' }));
    expect(store.getState().stage).toBe(0);
    expect(screen.getByRole('button', { name: 'Back a part' })).toHaveProperty('disabled', true);
  });

  it('values a part has not reached are shown nowhere: ∂E/∂w and Δw appear at the gradient part; Next part and Back a part move', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    const shown = (q: string) => container.querySelector(`[data-quantity="${q}"]`)!.textContent;
    expect(shown('grad.1')).toBe('−22.55');
    act(() => store.getState().setStepThrough(true));
    for (let part = 0; part < 3; part++) {
      // Forward pass, error and error term: the gradient and the step are not known yet.
      expect(shown('grad.1')).toBe('…');
      expect(shown('dw.1')).toBe('…');
      // Callers still read the numbers (the readout contract).
      expect(Number(container.querySelector('[data-quantity="dw.1"]')!.getAttribute('data-value'))).toBeCloseTo(2.255, 12);
      // The math panel lists the later parts by title only.
      const later = [...container.querySelectorAll('.math-part.later')];
      expect(later).toHaveLength(4 - part);
      for (const el of later) expect(el.querySelector('.math-line')).toBeNull();
      fireEvent.click(screen.getByRole('button', { name: 'Next part' }));
    }
    expect(store.getState().stage).toBe(3);
    expect(shown('grad.1')).toBe('−22.55');
    expect(shown('dw.1')).toBe('2.255');
    fireEvent.click(screen.getByRole('button', { name: 'Back a part' }));
    expect(shown('dw.1')).toBe('…');
    fireEvent.click(screen.getByRole('button', { name: 'Next part' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next part' }));
    // At the last part the button takes the step.
    expect(screen.getByRole('button', { name: 'Take the step' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Take the step' }));
    expect(store.getState().snapshot.step).toBe(1);
  });

  it('the records table, the weight matrix and the 3-D bowl hold back what a part has not reached', () => {
    const store = createAppStore('two-outputs');
    const { container } = render(<App store={store} />);
    const text = (sel: string) => container.querySelector(sel)!.textContent;
    act(() => store.getState().setStepThrough(true));
    // Forward pass: h and ŷ are known; y − ŷ, f′(h) and δ are not.
    expect(text('[data-quantity="h.1"][data-record="1"]')).not.toBe('…');
    expect(text('[data-quantity="error.1"][data-record="1"]')).toBe('…');
    expect(text('[data-quantity="delta.1"][data-record="1"]')).toBe('…');
    expect([...container.querySelectorAll('.weight-matrix .cell-dw')].every((c) => c.textContent === '…')).toBe(true);
    act(() => store.getState().next());
    expect(text('[data-quantity="error.1"][data-record="1"]')).not.toBe('…');
    expect(text('[data-quantity="fprime.1"][data-record="1"]')).toBe('…');
    act(() => store.getState().next());
    expect(text('[data-quantity="delta.1"][data-record="1"]')).not.toBe('…');
    expect(text('.weight-matrix .cell-dw')).toBe('…');
    act(() => store.getState().next());
    expect(text('.weight-matrix .cell-dw')).not.toBe('…');
    // The 3-D bowl carries the part too (its CSS hides the arrow before the gradient part), and says so in words.
    act(() => {
      store.getState().previous();
      store.getState().setView('surface');
    });
    const bowl = container.querySelector('.surface-plot')!;
    expect(bowl.getAttribute('data-stage')).toBe('term');
    expect(container.querySelector('[data-testid="surface-plot"]')!.getAttribute('aria-label')).toContain('not worked out yet');
  });

  it('the per-record terms of the bowl add up: Σ δx = 0.8 + 2.9 + 7.05 + 11.8 = 22.55, ∂E/∂w = −22.55', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    const table = screen.getByTestId('step-terms');
    // By hand (seed, linear unit, w = −1): δ = y + x → 1.6, 2.9, 4.7, 5.9; terms δ·x → 0.8, 2.9, 7.05, 11.8.
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.querySelectorAll('td')[1].textContent)).toEqual(['0.5 × 1.6 = 0.8', '1 × 2.9 = 2.9', '1.5 × 4.7 = 7.05', '2 × 5.9 = 11.8']);
    expect(table.querySelector('[data-sum="0"]')!.textContent).toBe('22.55');
    expect(table.querySelector('[data-grad="0"]')!.textContent!.replace(/−/g, '-')).toContain('-22.55');
  });

  it('a Reset or a whole step goes back to the first part', () => {
    const store = createAppStore('bowl');
    act(() => store.getState().setStepThrough(true));
    act(() => store.getState().next());
    act(() => store.getState().next());
    act(() => store.getState().reset());
    expect(store.getState().stage).toBe(0);
    act(() => store.getState().next());
    act(() => store.getState().step(1));
    expect(store.getState().stage).toBe(0);
  });
});
