/**
 * The controls and readouts of the whole app, rendered with a store of its own:
 * the accessible names, the data-quantity readouts and the keyboard contract of
 * DESIGN §3. Numbers are read from data-value and checked against the pending
 * step shown before each action, or against hand formulas.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { createAppStore, type AppStore } from '../../../src/store';

/** Renders the app on a fresh store (the bowl unless another preset is named). */
function setup(presetId?: string): { store: AppStore; container: HTMLElement } {
  const store = presetId === undefined ? createAppStore() : createAppStore(presetId);
  const { container } = render(<App store={store} />);
  return { store, container };
}

/** The readout element for `quantity` (and `record`); fails the test when there is not exactly one. */
function readout(container: HTMLElement, quantity: string, record?: number): HTMLElement {
  const sel = `[data-quantity="${quantity}"]${record === undefined ? '' : `[data-record="${record}"]`}`;
  const found = container.querySelectorAll<HTMLElement>(sel);
  expect(found.length, `readouts matching ${sel}`).toBe(1);
  return found[0];
}

/** The data-value of a readout as a number (NaN when missing or empty, so comparisons fail). */
function value(container: HTMLElement, quantity: string, record?: number): number {
  const raw = readout(container, quantity, record).getAttribute('data-value');
  return raw === null || raw === '' ? Number.NaN : Number(raw);
}

/** Fails when any readout's text or data-value spells NaN or Infinity. */
function expectNoNonFinite(container: HTMLElement): void {
  const all = container.querySelectorAll<HTMLElement>('[data-quantity]');
  expect(all.length).toBeGreaterThan(10);
  for (const el of all) {
    const q = el.getAttribute('data-quantity');
    expect(el.textContent ?? '', `text of ${q}`).not.toMatch(/NaN|Infinity/);
    expect(el.getAttribute('data-value') ?? '', `data-value of ${q}`).not.toMatch(/NaN|Infinity/);
  }
}

const BOWL_X = [0.5, 1, 1.5, 2];
const BOWL_Y = [1.1, 1.9, 3.2, 3.9];
/** Batch Δw on the bowl (linear unit): η Σ (y − w x) x. */
const bowlDw = (w: number, eta: number) => eta * BOWL_X.reduce((s, x, mu) => s + (BOWL_Y[mu] - w * x) * x, 0);

describe('Step, Play, Reset', () => {
  it('clicking Step advances the step readout from 0 to 1 and w.1 by the Δw shown before the click', async () => {
    const { store, container } = setup();
    const user = userEvent.setup();
    expect(readout(container, 'step').getAttribute('data-value')).toBe('0');
    const w = value(container, 'w.1');
    const dw = value(container, 'dw.1');
    expect(w).toBe(-1);
    expect(dw).toBeCloseTo(bowlDw(-1, 0.1), 12);
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(readout(container, 'step').getAttribute('data-value')).toBe('1');
    expect(value(container, 'w.1')).toBeCloseTo(w + dw, 12);
    expect(store.getState().snapshot.step).toBe(1);
    // The new pending step is shown at once.
    expect(value(container, 'dw.1')).toBeCloseTo(bowlDw(w + dw, 0.1), 12);
  });

  it('clicking Play switches the button to Pause and playing on, and back', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    expect(screen.queryByRole('button', { name: 'Pause' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    expect(screen.queryByRole('button', { name: 'Play' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('clicking Reset returns the step readout to 0 and w.1 to its start', async () => {
    const { container } = setup();
    const user = userEvent.setup();
    const step = screen.getByRole('button', { name: 'Step' });
    await user.click(step);
    await user.click(step);
    expect(readout(container, 'step').getAttribute('data-value')).toBe('2');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(readout(container, 'step').getAttribute('data-value')).toBe('0');
    expect(value(container, 'w.1')).toBe(-1);
  });
});

describe('number fields and selects', () => {
  it('typing in the learning rate η field changes store η and the eta readout', async () => {
    const { store, container } = setup();
    const user = userEvent.setup();
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    expect(value(container, 'eta')).toBe(0.1);
    await user.clear(field);
    await user.type(field, '0.2');
    expect(store.getState().eta).toBe(0.2);
    expect(value(container, 'eta')).toBe(0.2);
    // The pending step follows η.
    expect(value(container, 'dw.1')).toBeCloseTo(bowlDw(-1, 0.2), 12);
    await user.tab();
    expect(store.getState().eta).toBe(0.2);
    expect(store.getState().notices).toEqual([]);
  });

  it('leaving the η field holding “abc” shows a notice and keeps η', async () => {
    const { store, container } = setup();
    const user = userEvent.setup();
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    await user.clear(field);
    await user.type(field, 'abc');
    await user.tab();
    expect(store.getState().eta).toBe(0.1);
    expect(value(container, 'eta')).toBe(0.1);
    const notices = screen.getAllByTestId('notice');
    expect(notices.length).toBe(1);
    expect(notices[0].textContent).toMatch(/learning rate/);
    expect((field as HTMLInputElement).value).toBe('0.1');
  });

  it('fireEvent.change of the η field to “abc” and blur also shows a notice and keeps η', () => {
    const { store } = setup();
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: 'abc' } });
    fireEvent.blur(field);
    expect(store.getState().eta).toBe(0.1);
    expect(screen.getAllByTestId('notice').length).toBe(1);
  });

  it.each(['-1', '500'])('leaving the η field holding the out-of-range value %s shows a notice and keeps η', async (text) => {
    const { store, container } = setup();
    const user = userEvent.setup();
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    await user.clear(field);
    await user.type(field, text);
    await user.tab();
    // Typing "500" passes through "5" and "50", both valid η; the value the person meant is out of range.
    expect(store.getState().eta).toBe(0.1);
    expect(value(container, 'eta')).toBe(0.1);
    const notices = screen.queryAllByTestId('notice');
    expect(notices.length).toBe(1);
    expect(notices[0].textContent).toMatch(/η|learning rate/);
  });

  it('typing in the w₁ field changes the weight and starts a new run from it', async () => {
    const { store, container } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const field = screen.getByRole('spinbutton', { name: 'w₁' });
    await user.clear(field);
    await user.type(field, '2');
    expect(store.getState().snapshot.w).toEqual([2]);
    expect(value(container, 'w.1')).toBe(2);
    expect(readout(container, 'step').getAttribute('data-value')).toBe('0');
    expect(value(container, 'dw.1')).toBeCloseTo(bowlDw(2, 0.1), 12);
  });

  it('choosing sigmoid in the activation select changes the store activation and E', async () => {
    const { store, container } = setup();
    const user = userEvent.setup();
    const E0 = value(container, 'E');
    await user.selectOptions(screen.getByRole('combobox', { name: 'activation f' }), 'sigmoid');
    expect(store.getState().activation).toBe('sigmoid');
    const sigma = (h: number) => 1 / (1 + Math.exp(-h));
    const E = 0.5 * BOWL_X.reduce((s, x, mu) => s + (BOWL_Y[mu] - sigma(-x)) ** 2, 0);
    expect(value(container, 'E')).toBeCloseTo(E, 12);
    expect(value(container, 'E')).not.toBeCloseTo(E0, 3);
  });
});

describe('readouts', () => {
  it('readouts show the pending step: dw.1 = −η·grad.1, and Step changes w.1 by exactly dw.1', async () => {
    const { container } = setup();
    const user = userEvent.setup();
    for (let t = 0; t < 3; t++) {
      const eta = value(container, 'eta');
      const grad = value(container, 'grad.1');
      const dw = value(container, 'dw.1');
      const w = value(container, 'w.1');
      expect(dw).toBeCloseTo(-eta * grad, 12);
      expect(dw).toBeCloseTo(bowlDw(w, 0.1), 12);
      await user.click(screen.getByRole('button', { name: 'Step' }));
      expect(value(container, 'w.1')).toBeCloseTo(w + dw, 12);
    }
  });

  it('readouts of the bowl: E, status and per-record h, ŷ, error, f′, δ agree with the hand values', () => {
    const { container } = setup();
    expect(value(container, 'E')).toBeCloseTo(33.935, 12);
    expect(readout(container, 'status').getAttribute('data-value')).toBe('running');
    for (let mu = 0; mu < 4; mu++) {
      const h = -BOWL_X[mu];
      expect(value(container, 'h', mu + 1)).toBeCloseTo(h, 14);
      expect(value(container, 'yhat', mu + 1)).toBeCloseTo(h, 14);
      expect(value(container, 'error', mu + 1)).toBeCloseTo(BOWL_Y[mu] - h, 14);
      expect(value(container, 'fprime', mu + 1)).toBe(1);
      expect(value(container, 'delta', mu + 1)).toBeCloseTo(BOWL_Y[mu] - h, 14);
    }
  });

  it('readouts show a rounded value to people and the full value in data-value', async () => {
    const { container } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    const el = readout(container, 'E');
    const v = Number(el.getAttribute('data-value'));
    expect(String(v)).toBe(el.getAttribute('data-value'));
    expect(el.textContent!.length).toBeLessThan(el.getAttribute('data-value')!.length);
    expect(Number(el.textContent!.replace('−', '-'))).toBeCloseTo(v, 3);
  });

  it('readout eta_max shows 2/λ_max = 2/Σx² for the linear bowl', () => {
    const { container } = setup();
    // λ_max of E(w) = ½ Σ (y − w x)² is its curvature Σ x² = 7.5
    expect(value(container, 'eta_max')).toBeCloseTo(2 / 7.5, 12);
  });

  it('readouts never show NaN or Infinity, also after divergence', async () => {
    const { store, container } = setup();
    expectNoNonFinite(container);
    const user = userEvent.setup();
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    await user.clear(field);
    await user.type(field, '0.5');
    await user.tab();
    expect(store.getState().eta).toBe(0.5);
    act(() => {
      store.getState().step(500);
    });
    expect(store.getState().snapshot.status).toBe('diverged');
    expect(readout(container, 'status').getAttribute('data-value')).toBe('diverged');
    expectNoNonFinite(container);
    for (const el of container.querySelectorAll('[data-quantity]')) {
      const raw = el.getAttribute('data-value');
      if (el.getAttribute('data-quantity') !== 'status') expect(Number.isFinite(Number(raw)), `${el.getAttribute('data-quantity')} = ${raw}`).toBe(true);
    }
    expect(screen.getByRole('button', { name: 'Step' }).hasAttribute('disabled')).toBe(true);
    // Nothing else on the page spells them either.
    expect(container.textContent).not.toMatch(/NaN|Infinity/);
  });
});

describe('keyboard', () => {
  it('keyDown ArrowRight and . on window take one step each', () => {
    const { store, container } = setup();
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(store.getState().snapshot.step).toBe(1);
    expect(readout(container, 'step').getAttribute('data-value')).toBe('1');
    fireEvent.keyDown(window, { key: '.' });
    expect(store.getState().snapshot.step).toBe(2);
  });

  it('keyDown Space on window toggles play', () => {
    const { store } = setup();
    fireEvent.keyDown(window, { key: ' ' });
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    fireEvent.keyDown(window, { key: ' ' });
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('keyDown r on window resets', () => {
    const { store, container } = setup();
    act(() => {
      store.getState().step(3);
    });
    expect(readout(container, 'step').getAttribute('data-value')).toBe('3');
    fireEvent.keyDown(window, { key: 'r' });
    expect(store.getState().snapshot.step).toBe(0);
    expect(readout(container, 'step').getAttribute('data-value')).toBe('0');
    expect(value(container, 'w.1')).toBe(-1);
  });

  it('keyDown + raises η and - lowers it, and the eta readout follows', () => {
    const { store, container } = setup();
    fireEvent.keyDown(window, { key: '+' });
    const up = store.getState().eta;
    expect(up).toBeGreaterThan(0.1);
    expect(up).toBeLessThanOrEqual(0.2);
    expect(value(container, 'eta')).toBe(up);
    fireEvent.keyDown(window, { key: '-' });
    fireEvent.keyDown(window, { key: '-' });
    const down = store.getState().eta;
    expect(down).toBeLessThan(0.1);
    expect(down).toBeGreaterThanOrEqual(0.05);
    expect(value(container, 'eta')).toBe(down);
    expect(value(container, 'dw.1')).toBeCloseTo(bowlDw(-1, down), 12);
  });

  it('keyDown ? opens the shortcut help', () => {
    const { store, container } = setup();
    const dialog = container.querySelector('dialog[aria-labelledby="help-title"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.hasAttribute('open')).toBe(false);
    fireEvent.keyDown(window, { key: '?' });
    expect(store.getState().helpOpen).toBe(true);
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.textContent).toMatch(/Keyboard shortcuts/);
  });

  it('keyDown p switches to the projector theme and back', () => {
    const { store } = setup();
    act(() => store.getState().setTheme('dark'));
    fireEvent.keyDown(window, { key: 'p' });
    expect(store.getState().theme).toBe('projector');
    expect(document.documentElement.dataset.theme).toBe('projector');
    fireEvent.keyDown(window, { key: 'p' });
    expect(store.getState().theme).toBe('dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('keyDown f does not throw where fullscreen is unavailable', () => {
    const { store } = setup();
    expect(() => fireEvent.keyDown(window, { key: 'f' })).not.toThrow();
    expect(store.getState().snapshot.step).toBe(0);
  });

  it('keyDown with Ctrl held is left to the browser', () => {
    const { store } = setup();
    fireEvent.keyDown(window, { key: 'r', ctrlKey: true });
    fireEvent.keyDown(window, { key: 'ArrowRight', metaKey: true });
    expect(store.getState().snapshot.step).toBe(0);
  });

  it('keys typed inside an input do not trigger shortcuts', async () => {
    const { store } = setup();
    act(() => {
      store.getState().step(2);
    });
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    field.focus();
    for (const key of ['ArrowRight', '.', ' ', 'r', '+', '-', '?', 'p']) fireEvent.keyDown(field, { key });
    const s = store.getState();
    expect(s.snapshot.step).toBe(2);
    expect(s.playing).toBe(false);
    expect(s.eta).toBe(0.1);
    expect(s.helpOpen).toBe(false);
    expect(s.theme).toBe('light');
    // Typed for real too.
    const user = userEvent.setup();
    const w1 = screen.getByRole('spinbutton', { name: 'w₁' });
    await user.click(w1);
    await user.keyboard('{ArrowRight}r');
    expect(store.getState().helpOpen).toBe(false);
    expect(store.getState().theme).toBe('light');
    expect(store.getState().snapshot.step).toBe(2);
  });

  it('keys on a select do not trigger shortcuts', () => {
    const { store } = setup();
    const select = screen.getByRole('combobox', { name: 'activation f' });
    fireEvent.keyDown(select, { key: 'r' });
    fireEvent.keyDown(select, { key: 'ArrowRight' });
    expect(store.getState().snapshot.step).toBe(0);
  });
});

describe('two output units', () => {
  const sigma = (h: number) => 1 / (1 + Math.exp(-h));
  // The two-outputs preset, written out: w groups are per unit j, values per input i.
  const X = [
    [1, 0.5],
    [0.2, 1],
    [0.8, 0.8],
  ];
  const Y = [
    [0.9, 0.1],
    [0.2, 0.8],
    [0.7, 0.6],
  ];
  const W = [
    [0.3, -0.2],
    [-0.1, 0.4],
  ];
  const delta = (mu: number, j: number) => {
    const h = W[j][0] * X[mu][0] + W[j][1] * X[mu][1];
    const y = sigma(h);
    return (Y[mu][j] - y) * y * (1 - y);
  };

  it('the two-outputs preset shows w.i.j, dw.i.j and delta.j with data-record, with the hand values', () => {
    const { container } = setup('two-outputs');
    expect(value(container, 'w.1.1')).toBe(0.3);
    expect(value(container, 'w.2.1')).toBe(-0.2);
    expect(value(container, 'w.1.2')).toBe(-0.1);
    expect(value(container, 'w.2.2')).toBe(0.4);
    // Δw₁₂ = η Σ_μ δ₂^μ x₁^μ with η = 1
    const dw12 = [0, 1, 2].reduce((s, mu) => s + delta(mu, 1) * X[mu][0], 0);
    expect(value(container, 'dw.1.2')).toBeCloseTo(dw12, 12);
    for (let mu = 0; mu < 3; mu++) {
      expect(value(container, 'delta.1', mu + 1)).toBeCloseTo(delta(mu, 0), 14);
      expect(value(container, 'delta.2', mu + 1)).toBeCloseTo(delta(mu, 1), 14);
    }
    expect(container.querySelectorAll('[data-quantity="delta.1"][data-record]')).toHaveLength(3);
    expect(container.querySelectorAll('[data-quantity="delta.2"][data-record]')).toHaveLength(3);
    expect(container.querySelector('[data-quantity="w.1"]')).toBeNull();
    expectNoNonFinite(container);
  });

  it('the weights of the two-outputs preset are number fields labelled w₁₁ … w₂₂', () => {
    setup('two-outputs');
    for (const name of ['w₁₁', 'w₂₁', 'w₁₂', 'w₂₂']) expect(screen.getByRole('spinbutton', { name })).toBeTruthy();
  });
});

describe('readout and field details', () => {
  it('every readout is aria-live off, so play does not flood a screen reader', () => {
    render(<App store={createAppStore('small-batch')} />);
    const outputs = document.querySelectorAll('[data-quantity]');
    expect(outputs.length).toBeGreaterThan(20);
    for (const o of outputs) expect(o.getAttribute('aria-live')).toBe('off');
  });

  it('Escape in the η field puts back the η it had when editing began', () => {
    const store = createAppStore();
    render(<App store={store} />);
    const field = screen.getByRole('spinbutton', { name: 'learning rate η' });
    fireEvent.focus(field);
    fireEvent.change(field, { target: { value: '0.2' } });
    expect(store.getState().eta).toBe(0.2);
    fireEvent.keyDown(field, { key: 'Escape' });
    fireEvent.blur(field);
    expect(store.getState().eta).toBe(0.1);
    expect(store.getState().notices).toHaveLength(0);
  });

  it('the step count prints in full with digit grouping', () => {
    const store = createAppStore();
    act(() => store.getState().setMode('stochastic'));
    act(() => {
      store.getState().step(12_345);
    });
    render(<App store={store} />);
    const step = document.querySelector('[data-quantity="step"]');
    expect(step?.getAttribute('data-value')).toBe('12345');
    expect(step?.textContent).toBe('12,345');
  });
});
