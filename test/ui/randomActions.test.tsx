/**
 * The rendered app survives anything the store can be asked to do: seeded random
 * action sequences (the same generator as the store's rule test), the whole app
 * rendered after every action. No error reaches a boundary or the console, the
 * plot of the current view is on the page, and no attribute holds NaN.
 */
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/App';
import { createAppStore } from '../../src/store';
import { randomActions } from '../store/randomActions';

const PLOT_OF = { curve: 'curve-plot', contour: 'contour-plot', surface: 'surface-plot', data: 'data-plot' } as const;

describe('App under random actions', () => {
  afterEach(() => vi.restoreAllMocks());

  // 1,000 actions in four parts of 250, each legitimately slow (the whole app renders after every action).
  it.each([1, 26, 51, 76])('renders a plot and no error after each of 250 seeded random actions (25 sequences of 10 from seed %i)', (first) => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      errors.push(args.map(String).join(' ').slice(0, 300));
    });
    for (let seed = first; seed < first + 25; seed++) {
      const store = createAppStore();
      const { container, unmount } = render(<App store={store} />);
      for (const [n, action] of randomActions(seed, 10).entries()) {
        act(() => action.run(store));
        const where = `seed ${seed}, action ${n + 1} ${action.name}`;
        expect(errors, where).toEqual([]);
        expect(container.querySelector('[data-testid="error-boundary"]'), where).toBeNull();
        const view = store.getState().view;
        // The data view loads when first shown: its pair's weights view is there at once, the data plot (or its placeholder) beside it.
        const plot = view === 'data' ? '.plot-pair :is([data-testid="contour-plot"], [data-testid="curve-plot"])' : `[data-testid="${PLOT_OF[view]}"]`;
        expect(container.querySelector(plot), `${where}: the ${view} plot`).not.toBeNull();
        if (view === 'data') expect(container.querySelector('.plot-pair .data-plot'), `${where}: the data plot`).not.toBeNull();
        const bad = [...container.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /NaN|Infinity/.test(a.value)).map((a) => `${el.tagName} ${a.name}=${a.value}`));
        expect(bad, where).toEqual([]);
      }
      act(() => store.getState().pause());
      unmount();
    }
  }, 120_000);
});
