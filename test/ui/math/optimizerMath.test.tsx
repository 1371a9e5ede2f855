/**
 * An optimizer in the app: the math panel writes its update with the pending
 * step's numbers (hand values on the bowl), the weights table shows its state
 * as readouts v.i, m.i, s.i, the Settings menu picks it, and a link carries it.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { applyUrlParams } from '../../../src/share/apply';
import { stateParams } from '../../../src/share/link';
import { parseUrl } from '../../../src/share/url';
import { createAppStore } from '../../../src/store';

/** The TeX of one panel line. */
function tex(container: HTMLElement, id: string): string {
  return container.querySelector(`[data-line="${id}"] .tex`)?.getAttribute('data-tex') ?? '';
}

const value = (container: HTMLElement, q: string) => Number(container.querySelector(`[data-quantity="${q}"]`)?.getAttribute('data-value'));

describe('optimizers in the app', () => {
  it('momentum on the bowl: v ← μv + ∂E/∂w and Δw = −η v, with the numbers worked by hand, and the readout v.1', () => {
    const store = createAppStore('bowl');
    act(() => store.getState().setOptimizer('momentum'));
    const { container } = render(<App store={store} />);
    // Before any step v = 0, g = −22.55 (by hand: ∂E/∂w = −15.05 + 7.5 w at w = −1): v ← 0.9·0 + (−22.55).
    expect(tex(container, 'opt-state')).toContain('= -22.55');
    expect(tex(container, 'dw')).toContain('= 2.255');
    act(() => store.getState().step(1));
    // w = 1.255, g = −5.6375; v was −22.55: v ← 0.9·(−22.55) + (−5.6375) = −25.9325, Δw = 2.59325.
    expect(value(container, 'v.1')).toBeCloseTo(-22.55, 12);
    expect(value(container, 'dw.1')).toBeCloseTo(2.59325, 12);
    expect(tex(container, 'opt-state')).toContain('= -25.93');
    expect(tex(container, 'dw')).toContain('= 2.593');
  });

  it('Adam shows m and v readouts; the Settings menu switches back to plain descent, whose Δw line returns', () => {
    const store = createAppStore('bowl');
    const { container } = render(<App store={store} />);
    fireEvent.change(screen.getByLabelText('optimizer'), { target: { value: 'adam' } });
    expect(store.getState().optimizer).toBe('adam');
    act(() => store.getState().step(1));
    // After one Adam step from w = −1 (g = −22.55): m = 0.1 g = −2.255, v = 0.001 g² = 0.50850…
    expect(value(container, 'm.1')).toBeCloseTo(-2.255, 12);
    expect(value(container, 'v.1')).toBeCloseTo(0.001 * 22.55 ** 2, 12);
    expect(container.querySelector('[data-quantity="s.1"]')).toBeNull();
    fireEvent.change(screen.getByLabelText('optimizer'), { target: { value: 'gd' } });
    expect(container.querySelector('[data-quantity="m.1"]')).toBeNull();
    expect(tex(container, 'opt-state')).toBe('');
    expect(tex(container, 'dw')).toContain('-\\eta');
  });

  it('a link carries the optimizer and its hyper-parameters, and reads back the same', () => {
    const store = createAppStore('bowl');
    act(() => store.getState().setOptimizer('rmsprop', { alpha: 0.9, eps: 1e-6 }));
    const p = stateParams(store.getState());
    expect([p.get('opt'), p.get('alpha'), p.get('eps')]).toEqual(['rmsprop', '0.9', '0.000001']);
    const back = createAppStore('bowl');
    const { params, problems } = parseUrl('', p.toString());
    applyUrlParams(back, params, problems);
    expect([back.getState().optimizer, back.getState().optimizerParams]).toEqual(['rmsprop', { alpha: 0.9, eps: 1e-6 }]);
    expect(back.getState().snapshot.dw).toEqual(store.getState().snapshot.dw);
  });

  it('the optimizer menu names the hyper-parameters in use: a link’s μ = 0.5, not the default', () => {
    const store = createAppStore('bowl');
    act(() => store.getState().setOptimizer('momentum', { mu: 0.5 }));
    render(<App store={store} />);
    const menu = screen.getByLabelText('optimizer') as HTMLSelectElement;
    expect(menu.selectedOptions[0].textContent).toBe('momentum (μ = 0.5)');
    expect([...menu.options].find((o) => o.value === 'nesterov')?.textContent).toBe('Nesterov (μ = 0.9)');
  });
});

