/**
 * The largest stable η is marked on the η slider with a visible tick (not only a
 * datalist, which Chromium does not draw), where the slider's thumb stands at
 * that η, and only for units that have one (linear).
 */
import { act, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore } from '../../../src/store';

describe('η slider mark', () => {
  it('bowl (linear): a tick labelled max at 2/λ_max = 0.2667, placed on the log scale from 1e-4 to 100', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    const mark = container.querySelector('.toolbar .slider-mark') as HTMLElement;
    expect(mark).not.toBeNull();
    expect(mark.dataset.label).toBe('max');
    // By hand: the bowl's x = 0.5, 1, 1.5, 2, so the Hessian Σ x² = 7.5 and η_max = 2/7.5.
    const etaMax = 2 / 7.5;
    // By hand: log10(η_max / 1e-4) / log10(100 / 1e-4) = log10(η_max · 1e4) / 6.
    const p = Math.log10(etaMax * 1e4) / 6;
    const share = Number(/calc\(8px \+ ([0-9.e-]+) \* \(100% - 16px\)\)/.exec(mark.style.left)?.[1]);
    expect(share).toBeCloseTo(p, 12);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThan(1);
  });

  it('a sigmoid unit has no single largest stable η: no tick', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    act(() => store.getState().setActivation('sigmoid'));
    expect(container.querySelector('.toolbar .slider-mark')).toBeNull();
  });
});
