/**
 * The E chart keeps one scale per run: linear until the reader presses "log
 * scale for E", never switching by itself however many decades E spans, and
 * its E range only grows during a run (no jumps), starting afresh on Reset.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { errorScale, growErrorDomain, logFloor } from '../../../src/viz/chart/errorDomain';
import { createAppStore } from '../../../src/store';

describe('growErrorDomain', () => {
  it('only grows within a run, and starts afresh with a new run', () => {
    const run = {};
    const a = growErrorDomain(null, run, 1, 10);
    expect(growErrorDomain(a, run, 2, 8)).toBe(a);
    const b = growErrorDomain(a, run, 0.01, 8);
    expect([b.lo, b.hi]).toEqual([0.01, 10]);
    const c = growErrorDomain(b, {}, 3, 4);
    expect([c.lo, c.hi]).toEqual([3, 4]);
  });

  it('ignores non-finite and non-positive values; a log scale of a run at E = 0 still has a floor', () => {
    const d = growErrorDomain(null, {}, 0, 5);
    expect(d.lo).toBe(Infinity);
    expect(logFloor(d)).toBeCloseTo(5e-6, 12);
    const e = growErrorDomain(d, d.run, NaN, Infinity);
    expect(e).toBe(d);
    const log = errorScale(d, true).domain();
    expect(log[0]).toBeGreaterThan(0);
    expect(errorScale(d, false).domain()[0]).toBe(0);
  });
});

function chart() {
  return screen.getByTestId('error-chart').closest('.plot') as HTMLElement;
}

describe('ErrorChart scale', () => {
  it('is linear at first and stays linear while E falls through many decades', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    expect(chart().dataset.scale).toBe('linear');
    act(() => void store.getState().step(60));
    expect(store.getState().snapshot.E / 33.9).toBeLessThan(0.1);
    expect(chart().dataset.scale).toBe('linear');
  });

  it('the "log scale for E" switch switches it, and it stays through steps, Reset and a new run', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    const toggle = screen.getByRole('button', { name: 'log scale for E' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(chart().dataset.scale).toBe('log');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('error-chart').textContent).toContain('E (log scale)');
    act(() => void store.getState().step(20));
    act(() => store.getState().reset());
    act(() => void store.getState().step(2));
    expect(chart().dataset.scale).toBe('log');
    fireEvent.click(toggle);
    expect(chart().dataset.scale).toBe('linear');
  });

  it('the E axis does not shrink during a run: its top tick stays as E falls', () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    act(() => void store.getState().step(1));
    // The E axis's tick labels (the left axis's are anchored at their end).
    const topTick = () => Math.max(...[...screen.getByTestId('error-chart').querySelectorAll('text.tick-label[text-anchor="end"]')].map((t) => Number(t.textContent?.replace('−', '-'))).filter(Number.isFinite));
    const before = topTick();
    expect(before).toBeGreaterThanOrEqual(33.9);
    act(() => void store.getState().step(30));
    expect(store.getState().snapshot.E).toBeLessThan(1);
    expect(topTick()).toBe(before);
  });
});
