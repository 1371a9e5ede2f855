/**
 * The key under the plot names every mark the view draws, each drawn with the
 * plot's own class (so it looks the same), and changes with the view.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

/** For each key entry, the plot element it stands for. */
const DRAWN: Record<string, Record<string, string>> = {
  curve: { point: '.marker-dot', tangent: '.tangent', drop: '.drop-line', step: '.step-arrow', next: '.next-point', trail: '.trail' },
  contour: { point: '.marker-dot', step: '.contour-step', trail: '.trajectory', bands: '[data-testid="contour-bands"]' },
};

function keyEntries(): string[] {
  return [...screen.getByTestId('mark-key').querySelectorAll('li')].map((li) => li.getAttribute('data-mark') ?? '');
}

describe('MarkKey', () => {
  it('in the curve view lists the point, tangent, drop line, step arrow, landing point and steps taken, each a mark the plot draws', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    expect(keyEntries()).toEqual(Object.keys(DRAWN.curve));
    const plot = container.querySelector('.plot-slot')!;
    for (const [mark, selector] of Object.entries(DRAWN.curve)) {
      expect(plot.querySelector(selector), `${mark} is drawn`).not.toBeNull();
    }
    // Words, not colour: every entry says what it is.
    for (const li of screen.getByTestId('mark-key').querySelectorAll('li')) expect(li.textContent!.length).toBeGreaterThan(3);
    expect(screen.getByTestId('mark-key').textContent).toContain('the slope ∂E/∂w');
  });

  it('follows the view: the contour map’s key names its step arrow, trajectory and bands', () => {
    const store = createAppStore('round-bowl');
    const { container } = render(<App store={store} />);
    act(() => void store.getState().setView('contour'));
    const entries = keyEntries();
    for (const mark of ['point', 'step', 'trail', 'bands']) expect(entries).toContain(mark);
    const plot = container.querySelector('.plot-slot')!;
    for (const mark of ['point', 'step']) expect(plot.querySelector(DRAWN.contour[mark])).not.toBeNull();
    expect(screen.getByTestId('mark-key').textContent).toContain('−η ∇E');
    act(() => void store.getState().setView('curve'));
    expect(keyEntries()).toContain('tangent');
  });

  it('hovering or focusing an entry names its value and marks it on the plot; pressing keeps it marked', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    const slot = container.querySelector<HTMLElement>('.plot-slot')!;
    const tangent = screen.getByRole('button', { name: /tangent/ });
    // The value is part of the entry's name (a screen reader hears it): by hand ∂E/∂w₁ = −22.55 at w₁ = −1.
    expect(tangent.textContent).toContain('∂E/∂w₁ = −22.55');
    fireEvent.mouseEnter(tangent);
    expect(slot.dataset.highlight).toBe('tangent');
    fireEvent.mouseLeave(tangent);
    expect(slot.dataset.highlight).toBeUndefined();
    const step = screen.getByRole('button', { name: /next step/ });
    fireEvent.focus(step);
    expect(slot.dataset.highlight).toBe('step');
    fireEvent.blur(step);
    fireEvent.click(step);
    expect(step.getAttribute('aria-pressed')).toBe('true');
    expect(slot.dataset.highlight).toBe('step');
    // A Step updates the value named.
    act(() => store.getState().step(1));
    expect(step.textContent).toMatch(/Δw₁ = /);
    expect(step.textContent).not.toContain('2.255');
  });
});
