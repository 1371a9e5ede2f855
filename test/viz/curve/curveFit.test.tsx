/**
 * The curve view in the app: its root exposes the window as data-window, a
 * link's window= is the w range exactly, a wide swing of the run is shrunk back
 * by Fit ("Fit the plot to the run"), which also lets go of a fixed window.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { applyUrlParams } from '../../../src/share/apply';
import { parseUrl } from '../../../src/share/url';
import { createAppStore, fixedWindowOf } from '../../../src/store';

function curveWindow(container: HTMLElement): number[] {
  const root = container.querySelector('.plot.curve-plot') as HTMLElement;
  return (root.dataset.window ?? '').split(',').map(Number);
}

function open(query: string) {
  const store = createAppStore('bowl');
  const parsed = parseUrl(query, '');
  applyUrlParams(store, parsed.params, parsed.problems);
  const { container } = render(<App store={store} />);
  return { store, container };
}

describe('curve window', () => {
  it('data-window holds the start, the bowl’s bottom and the pending step', () => {
    const { container } = open('?preset=bowl');
    const [lo, hi] = curveWindow(container);
    expect(lo).toBeLessThan(-1);
    expect(hi).toBeGreaterThan(2.0067);
  });

  it('window= fixes the w range exactly, whatever the run does; Fit lets go of it', () => {
    const { store, container } = open('?preset=bowl&eta=0.3&window=-3,7');
    expect((container.querySelector('.plot.curve-plot') as HTMLElement).dataset.window).toBe('-3,7');
    act(() => void store.getState().step(8)); // diverging: the point swings far outside
    expect((container.querySelector('.plot.curve-plot') as HTMLElement).dataset.window).toBe('-3,7');
    act(() => store.getState().reset());
    fireEvent.click(screen.getByRole('button', { name: 'Fit the plot to the run' }));
    expect(fixedWindowOf(store.getState())).toBeNull();
    const [lo, hi] = curveWindow(container);
    expect([lo, hi]).not.toEqual([-3, 7]);
    expect(lo).toBeLessThan(-1);
  });

  it('a new start shrinks a window a far start widened at once; Fit then finds it already fitted', () => {
    const { store, container } = open('?preset=bowl&eta=0.25');
    act(() => void store.getState().setWeight(0, 40));
    const wide = curveWindow(container);
    expect(wide[1] - wide[0]).toBeGreaterThan(30);
    act(() => void store.getState().setWeight(0, -1));
    const back = curveWindow(container);
    expect(back[1] - back[0]).toBeLessThan(10);
    expect(back[0]).toBeLessThan(-1);
    expect(back[1]).toBeGreaterThan(2);
    fireEvent.click(screen.getByRole('button', { name: 'Fit the plot to the run' }));
    expect(curveWindow(container)).toEqual(back);
  });
});
