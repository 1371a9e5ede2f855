/**
 * The contour map in the app keeps its window and colour levels when the start
 * moves (a click, a drag: a new run from inside the map), re-frames when the
 * run's point leaves the window, shows a link's window= exactly, and Fit
 * ("Fit the plot to the run") frames the run again.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { applyUrlParams } from '../../../src/share/apply';
import { parseUrl } from '../../../src/share/url';
import { createAppStore } from '../../../src/store';

function open(query: string) {
  const store = createAppStore('bowl');
  const parsed = parseUrl(query, '');
  applyUrlParams(store, parsed.params, parsed.problems);
  const { container } = render(<App store={store} />);
  const root = () => container.querySelector('.plot.contour-plot') as HTMLElement;
  const legend = () => [...screen.getByTestId('contour-legend').querySelectorAll('text')].map((t) => t.textContent);
  return { store, root, legend };
}

describe('contour framing', () => {
  it('moving the start inside the map keeps the window and the legend’s levels', () => {
    const { store, root, legend } = open('?preset=round-bowl&view=contour');
    const win = root().dataset.window;
    const levels = legend();
    expect(levels.length).toBeGreaterThan(3);
    const [x0, x1, y0, y1] = win!.split(',').map(Number);
    act(() => void store.getState().setWeights([x0 + 0.3 * (x1 - x0), y0 + 0.7 * (y1 - y0)]));
    act(() => void store.getState().step(2));
    expect(root().dataset.window).toBe(win);
    expect(legend()).toEqual(levels);
    expect(root().dataset.framing).not.toBe('left');
  });

  it('the run’s point leaving the window re-frames the map around it', () => {
    const { store, root } = open('?preset=round-bowl&view=contour');
    const [, x1] = root().dataset.window!.split(',').map(Number);
    act(() => void store.getState().setWeights([x1 + 5, 0]));
    expect(root().dataset.framing).toBe('left');
    const [, nx1] = root().dataset.window!.split(',').map(Number);
    expect(nx1).toBeGreaterThan(x1 + 5);
  });

  it('window= is the map’s window exactly; Fit frames the run again', () => {
    const { store, root } = open('?preset=round-bowl&view=contour&window=-4,4,-3,3');
    expect(root().dataset.window).toBe('-4,4,-3,3');
    act(() => void store.getState().setWeights([30, 30]));
    expect(root().dataset.window).toBe('-4,4,-3,3');
    fireEvent.click(screen.getByRole('button', { name: 'Fit the plot to the run' }));
    expect(root().dataset.framing).toBe('fit');
    const [x0, x1] = root().dataset.window!.split(',').map(Number);
    expect(x0).toBeLessThan(30);
    expect(x1).toBeGreaterThan(30);
  });
});
