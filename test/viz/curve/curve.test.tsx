/**
 * The curve view E(wᵢ) rendered inside the whole app: the curve is drawn with
 * no NaN, the marker is a keyboard slider that moves the weight, and nothing in
 * any SVG spells NaN or Infinity, also after a run diverges.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore, PRESETS, type AppStore } from '../../../src/store';

function setup(presetId = 'bowl'): { store: AppStore; container: HTMLElement } {
  const store = createAppStore(presetId);
  // Some presets open in the contour map (their lesson is the valley); these tests are of the curve.
  store.getState().setView('curve');
  const { container } = render(<App store={store} />);
  return { store, container };
}

/** Fails when any SVG in the page contains NaN or Infinity in an attribute or text. */
function expectSvgFinite(container: HTMLElement): void {
  const svgs = container.querySelectorAll('svg');
  expect(svgs.length).toBeGreaterThan(0);
  for (const svg of svgs) {
    expect(svg.outerHTML).not.toMatch(/NaN|Infinity/);
    expect(svg.outerHTML).not.toMatch(/undefined/);
  }
}

/** Numbers in an SVG path's d attribute. */
function pathNumbers(d: string): number[] {
  return (d.match(/-?\d*\.?\d+(e[-+]?\d+)?/gi) ?? []).map(Number);
}

describe('CurvePlot', () => {
  it('the curve plot draws a non-empty curve path with no NaN', () => {
    const { container } = setup();
    const plot = screen.getByTestId('curve-plot');
    expect(plot.tagName.toLowerCase()).toBe('svg');
    const path = screen.getByTestId('curve-path');
    expect(plot.contains(path)).toBe(true);
    const d = path.getAttribute('d') ?? '';
    expect(d.startsWith('M')).toBe(true);
    expect(d).not.toMatch(/NaN/);
    const nums = pathNumbers(d);
    // 241 points, two coordinates each
    expect(nums.length).toBeGreaterThanOrEqual(2 * 100);
    expect(nums.every(Number.isFinite)).toBe(true);
    expectSvgFinite(container);
  });

  it('the curve plot names E, w₁ and the pending step in its accessible label', () => {
    setup();
    const label = screen.getByTestId('curve-plot').getAttribute('aria-label') ?? '';
    expect(label).toMatch(/w₁ = −1/);
    // Δw₁ = 0.1 · 22.55 = 2.255, E = 33.935
    expect(label).toMatch(/Δw₁ = 2\.255/);
    expect(label).toMatch(/E = 33\.9/);
  });

  it('the step arrow is labelled with the pending Δw₁', () => {
    setup();
    expect(screen.getByTestId('step-arrow').textContent).toBe('Δw₁ = 2.255');
  });

  it.each(PRESETS.map((p) => [p.id]))('the curve of preset %s has no NaN', (id) => {
    const { container } = setup(id);
    const d = screen.getByTestId('curve-path').getAttribute('d') ?? '';
    expect(d.length).toBeGreaterThan(0);
    expect(d).not.toMatch(/NaN/);
    expectSvgFinite(container);
  });

  it('the marker is a slider whose ArrowRight keydown raises the weight by 1/100 of the visible domain', () => {
    const { store } = setup();
    const marker = screen.getByTestId('marker');
    expect(marker.getAttribute('role')).toBe('slider');
    expect(screen.getByRole('slider', { name: /w₁ on the curve/ })).toBe(marker);
    expect(Number(marker.getAttribute('aria-valuenow'))).toBe(-1);
    const lo = Number(marker.getAttribute('aria-valuemin'));
    const hi = Number(marker.getAttribute('aria-valuemax'));
    expect(lo).toBeLessThan(-1);
    expect(hi).toBeGreaterThan(-1);
    fireEvent.keyDown(marker, { key: 'ArrowRight' });
    const w = store.getState().snapshot.w[0];
    expect(w).toBeGreaterThan(-1);
    expect(w - -1).toBeCloseTo((hi - lo) / 100, 5);
    // The weight starts a new run, and the key did not also take a step.
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().w0).toEqual([w]);
    expect(Number(screen.getByTestId('marker').getAttribute('aria-valuenow'))).toBe(w);
  });

  it('the marker’s ArrowLeft keydown lowers the weight, Shift+ArrowRight moves ten times as far', () => {
    const { store } = setup();
    const marker = screen.getByTestId('marker');
    const span = Number(marker.getAttribute('aria-valuemax')) - Number(marker.getAttribute('aria-valuemin'));
    fireEvent.keyDown(marker, { key: 'ArrowLeft' });
    const left = store.getState().snapshot.w[0];
    expect(left).toBeCloseTo(-1 - span / 100, 5);
    const m2 = screen.getByTestId('marker');
    const span2 = Number(m2.getAttribute('aria-valuemax')) - Number(m2.getAttribute('aria-valuemin'));
    fireEvent.keyDown(m2, { key: 'ArrowRight', shiftKey: true });
    expect(store.getState().snapshot.w[0]).toBeCloseTo(left + span2 / 10, 5);
  });

  it('the marker ignores other keys', () => {
    const { store } = setup();
    fireEvent.keyDown(screen.getByTestId('marker'), { key: 'a' });
    expect(store.getState().snapshot.w).toEqual([-1]);
  });

  it('after a step the curve and marker stay finite and the marker reports the new weight', () => {
    const { store, container } = setup();
    act(() => {
      store.getState().step(1);
    });
    expect(Number(screen.getByTestId('marker').getAttribute('aria-valuenow'))).toBeCloseTo(1.255, 12);
    expectSvgFinite(container);
  });

  it('after divergence nothing in the SVG contains NaN or Infinity', () => {
    const { store, container } = setup();
    act(() => {
      store.getState().setEta(0.5);
    });
    act(() => {
      store.getState().step(500);
    });
    expect(store.getState().snapshot.status).toBe('diverged');
    const d = screen.getByTestId('curve-path').getAttribute('d') ?? '';
    expect(d.length).toBeGreaterThan(0);
    expectSvgFinite(container);
    // and the marker still works on the last finite weight
    const before = store.getState().snapshot.w[0];
    fireEvent.keyDown(screen.getByTestId('marker'), { key: 'ArrowLeft' });
    expect(store.getState().snapshot.w[0]).toBeLessThan(before);
    expectSvgFinite(container);
  });

  it('after divergence with a sigmoid unit nothing in the SVG contains NaN or Infinity', () => {
    const { store, container } = setup('small-batch');
    act(() => {
      store.getState().setEta(100);
    });
    act(() => {
      store.getState().step(2000);
    });
    expectSvgFinite(container);
  });
});
