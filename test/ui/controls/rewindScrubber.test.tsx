/**
 * The rewind scrubber: named "rewind to step", from 0 to the furthest step at the current
 * step; moving it rewinds (throttled while moving, exactly when let go); disabled when
 * η changed mid-run; absent from a compact (embed) toolbar.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

function scrubber(): HTMLInputElement {
  return screen.getByRole('slider', { name: 'rewind to step' }) as HTMLInputElement;
}

describe('RewindScrubber', () => {
  it('spans 0 to the steps taken at the current step, and rewinds where it is let go', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    act(() => void store.getState().step(5));
    expect([scrubber().min, scrubber().max, scrubber().value]).toEqual(['0', '5', '5']);
    fireEvent.change(scrubber(), { target: { value: '2' } });
    expect(store.getState().snapshot.step).toBe(2);
    // The end stays at the furthest step: the run may be scrubbed forward again.
    expect([scrubber().max, scrubber().value]).toEqual(['5', '2']);
    fireEvent.change(scrubber(), { target: { value: '4' } });
    expect(store.getState().snapshot.step).toBe(4);
  });

  it('moving fast rewinds at most once per 100 ms; letting go rewinds exactly', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    act(() => void store.getState().step(10));
    const el = scrubber();
    fireEvent.input(el, { target: { value: '8' } });
    expect(store.getState().snapshot.step).toBe(8);
    fireEvent.input(el, { target: { value: '6' } });
    // Within 100 ms of the last rewind: the thumb moves, the run waits.
    expect(store.getState().snapshot.step).toBe(8);
    expect(el.value).toBe('6');
    el.dispatchEvent(new Event('change', { bubbles: true }));
    expect(store.getState().snapshot.step).toBe(6);
  });

  it('is disabled once η changed mid-run, and absent from an embed', () => {
    const store = createAppStore('bowl');
    const { unmount } = render(<App store={store} />);
    act(() => void store.getState().step(3));
    act(() => void store.getState().setEta(0.05));
    expect(scrubber().disabled).toBe(true);
    unmount();
    render(<App store={createAppStore('bowl')} embed />);
    expect(screen.queryByRole('slider', { name: 'rewind to step' })).toBeNull();
  });
});
