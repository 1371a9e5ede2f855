/**
 * The key under the plot names every mark the view draws, each drawn with the
 * plot's own class (so it looks the same), and changes with the view.
 */
import { act, render, screen } from '@testing-library/react';
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
});
