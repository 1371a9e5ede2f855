/**
 * The run's status word: people read ready, playing, paused, converged, stalled
 * or diverged (the <dd> carries status-<word> for its symbol), while the
 * readout's data-value keeps the engine's status (running, converged, diverged).
 */
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RunStatus } from '../../../src/ui/panels/RunStatus';
import { createAppStore, StoreContext, type AppStore } from '../../../src/store';

/** RunStatus alone on a fresh store (no play loop runs: `playing` is only the store's flag here). */
function setup(presetId = 'bowl'): { store: AppStore; container: HTMLElement } {
  const store = createAppStore(presetId);
  const { container } = render(
    <StoreContext.Provider value={store}>
      <RunStatus />
    </StoreContext.Provider>,
  );
  return { store, container };
}

/** The visible word, the data-value and the class of the status readout. */
function status(container: HTMLElement): { text: string; value: string | null; className: string } {
  const found = container.querySelectorAll<HTMLElement>('[data-quantity="status"]');
  expect(found).toHaveLength(1);
  const el = found[0];
  return { text: el.textContent ?? '', value: el.getAttribute('data-value'), className: el.closest('dd')?.className ?? '' };
}

describe('RunStatus word', () => {
  it('step 0 reads "ready", one step "paused", Play "playing", Pause "paused" again; data-value stays running', () => {
    const { store, container } = setup();
    expect(status(container)).toEqual({ text: 'ready', value: 'running', className: 'status status-ready' });
    act(() => store.getState().step(1));
    expect(status(container)).toEqual({ text: 'paused', value: 'running', className: 'status status-paused' });
    act(() => store.getState().play());
    expect(store.getState().playing).toBe(true);
    expect(status(container)).toEqual({ text: 'playing', value: 'running', className: 'status status-playing' });
    act(() => store.getState().pause());
    expect(status(container)).toEqual({ text: 'paused', value: 'running', className: 'status status-paused' });
    act(() => store.getState().reset());
    expect(status(container).text).toBe('ready');
  });

  it('Play at step 0 reads "playing", not "ready"', () => {
    const { store, container } = setup();
    act(() => store.getState().play());
    expect(status(container)).toEqual({ text: 'playing', value: 'running', className: 'status status-playing' });
  });

  it('η = 0.5 on the bowl (above 2/λ_max = 0.267) reads "diverged", with data-value diverged', () => {
    const { store, container } = setup();
    act(() => {
      store.getState().setEta(0.5);
      store.getState().step(500);
    });
    expect(store.getState().snapshot.status).toBe('diverged');
    expect(status(container)).toEqual({ text: 'diverged', value: 'diverged', className: 'status status-diverged' });
  });

  it('the bowl run to its bottom reads "converged", with data-value converged', () => {
    const { store, container } = setup();
    act(() => store.getState().step(10_000));
    expect(store.getState().snapshot.status).toBe('converged');
    expect(store.getState().snapshot.stalled).toBe(false);
    expect(status(container)).toEqual({ text: 'converged', value: 'converged', className: 'status status-converged' });
  });

  it('a dead ReLU on the bowl (w = −1, every h < 0) reads "stalled", with data-value converged', () => {
    const { store, container } = setup();
    act(() => {
      store.getState().setActivation('relu');
      store.getState().step(5);
    });
    expect(store.getState().snapshot.stalled).toBe(true);
    expect(status(container)).toEqual({ text: 'stalled', value: 'converged', className: 'status status-stalled' });
    expect(container.textContent).toMatch(/Stalled, not at the bottom/);
  });
});
