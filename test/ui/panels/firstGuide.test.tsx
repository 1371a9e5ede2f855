/**
 * The first-visit guide: shown once, beside the plot, naming the point, the
 * tangent, the arrow and Step; "Got it" (or Escape) hides it for good; never in
 * an embed or in lecture mode; the memory survives a storage that throws.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/App';
import { guideMemory, GUIDE_KEY } from '../../../src/share/guideMemory';
import { createAppStore } from '../../../src/store';

/** An in-memory Storage, as localStorage behaves. */
function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (n) => [...m.keys()][n] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('FirstGuide', () => {
  it('shows on a first visit, names the four things, and after "Got it" never again (a new page load included)', () => {
    const storage = memoryStorage();
    const memory = guideMemory(() => storage);
    const first = render(<App store={createAppStore('bowl')} guide={memory} />);
    const guide = screen.getByTestId('first-guide');
    for (const word of ['point', 'tangent', 'arrow', 'Step']) expect(guide.textContent).toContain(word);
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByTestId('first-guide')).toBeNull();
    expect(storage.getItem(GUIDE_KEY)).toBe('1');
    first.unmount();
    render(<App store={createAppStore('bowl')} guide={guideMemory(() => storage)} />);
    expect(screen.queryByTestId('first-guide')).toBeNull();
  });

  it('Escape dismisses it too', () => {
    const storage = memoryStorage();
    render(<App store={createAppStore('bowl')} guide={guideMemory(() => storage)} />);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByTestId('first-guide')).toBeNull();
    expect(storage.getItem(GUIDE_KEY)).toBe('1');
  });

  it('an Escape that closes the menu leaves the guide', () => {
    const storage = memoryStorage();
    render(<App store={createAppStore('bowl')} guide={guideMemory(() => storage)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Menu' }));
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(screen.getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByTestId('first-guide')).toBeTruthy();
    expect(storage.getItem(GUIDE_KEY)).toBeNull();
  });

  it('is never shown in an embed or in lecture mode', () => {
    const storage = memoryStorage();
    const embedded = render(<App store={createAppStore('bowl')} embed guide={guideMemory(() => storage)} />);
    expect(screen.queryByTestId('first-guide')).toBeNull();
    embedded.unmount();
    const store = createAppStore('bowl');
    render(<App store={store} guide={guideMemory(() => storage)} />);
    expect(screen.getByTestId('first-guide')).toBeTruthy();
    act(() => store.getState().setTheme('projector'));
    expect(screen.queryByTestId('first-guide')).toBeNull();
    // Nothing was dismissed: back from lecture mode, it is still there for the student.
    act(() => store.getState().setTheme('light'));
    expect(screen.getByTestId('first-guide')).toBeTruthy();
  });

  it('where storage throws, it shows and dismisses without an error', () => {
    const throwing = () => {
      throw new Error('SecurityError: storage is disabled');
    };
    const memory = guideMemory(throwing);
    expect(memory.seen()).toBe(false);
    expect(() => memory.markSeen()).not.toThrow();
  });
});
