/**
 * The challenge bar: nothing without a challenge; with one the goal (readout `goal`), the steps counted,
 * then in words Met or Missed in the status region (data-challenge), and Try again back at step 0 with
 * the challenge, η and optimizer kept. E on the bowl at η = 0.1 by hand: w ← 0.25 w + 1.505 from −1,
 * w₂ = 1.81875, E₂ = ½ Σ (y − w₂ x)² ≈ 0.16726 < 1, the first step below 1 (E₁ ≈ 2.154).
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore, StoreContext, type AppStore } from '../../../src/store';
import { ChallengeBar } from '../../../src/ui/panels/ChallengeBar';

function setup(goal: number | null, within: number | null, eta = 0.1): { store: AppStore; container: HTMLElement } {
  const store = createAppStore('bowl');
  store.getState().setEta(eta);
  if (goal !== null) store.getState().setChallenge(goal, within);
  const { container } = render(
    <StoreContext.Provider value={store}>
      <ChallengeBar />
    </StoreContext.Provider>,
  );
  return { store, container };
}

const status = () => screen.getByRole('status');
const bar = () => screen.getByTestId('challenge-bar');

describe('ChallengeBar', () => {
  it('shows nothing without a challenge', () => {
    expect(setup(null, null).container.innerHTML).toBe('');
  });

  it('states the goal, counts the steps, says Met in words at step 2, and Try again goes back to step 0 keeping the challenge', () => {
    const { store } = setup(1, 20);
    expect(bar().querySelector('.challenge-goal')?.textContent).toBe('Challenge: bring E below 1 within 20 steps');
    expect(bar().querySelector('[data-quantity="goal"]')?.getAttribute('data-value')).toBe('1');
    expect(status().getAttribute('data-challenge')).toBe('pending');
    expect(status().getAttribute('aria-live')).toBe('polite');
    expect(status().textContent).toBe('');
    expect(screen.getByTestId('challenge-count').textContent).toBe('step 0 of 20');

    act(() => void store.getState().step(1));
    expect(screen.getByTestId('challenge-count').textContent).toBe('step 1 of 20');
    expect(status().getAttribute('data-challenge')).toBe('pending');

    act(() => void store.getState().step(1));
    expect(status().getAttribute('data-challenge')).toBe('met');
    expect(status().textContent).toBe('✓ Met: E = 0.1673 < 1 at step 2');
    expect(screen.queryByTestId('challenge-count')).toBeNull();

    store.getState().setOptimizer('momentum');
    act(() => void store.getState().step(3));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    const s = store.getState();
    expect(s.snapshot.step).toBe(0);
    expect(s.snapshot.w).toEqual([-1]);
    expect(s.eta).toBe(0.1);
    expect(s.optimizer).toBe('momentum');
    expect(s.challenge).toEqual({ goal: 1, within: 20, metAt: null, endE: null });
    expect(status().getAttribute('data-challenge')).toBe('pending');
    expect(status().textContent).toBe('');
    expect(screen.getByTestId('challenge-count').textContent).toBe('step 0 of 20');
  });

  it('says Missed in words when the budget is used (η = 0.01, goal 0.01 below the bowl’s minimum E ≈ 0.035)', () => {
    const { store } = setup(0.01, 5, 0.01);
    act(() => void store.getState().step(5));
    // w after 5 steps of w ← 0.925 w + 0.1505 from −1, and E there, by hand.
    let w = -1;
    for (let k = 0; k < 5; k++) w = 0.925 * w + 0.1505;
    const E = 0.5 * [0.5, 1, 1.5, 2].reduce((sum, x, mu) => sum + ([1.1, 1.9, 3.2, 3.9][mu] - w * x) ** 2, 0);
    expect(E).toBeGreaterThan(10);
    expect(status().getAttribute('data-challenge')).toBe('missed');
    expect(status().textContent).toBe(`✗ Missed: 5 steps and E = ${Number(E.toPrecision(4))} is still above 0.01`);
  });

  it('a goal alone has no step limit', () => {
    setup(0.01, null);
    expect(bar().querySelector('.challenge-goal')?.textContent).toBe('Challenge: bring E below 0.01');
    expect(screen.getByTestId('challenge-count').textContent).toBe('step 0');
  });
});
