/**
 * useSkipOffscreen: while a run plays, panels far below the first screen skip
 * rendering (class `offscreen`); near the viewport, or once the run stops, they
 * are all rendered again (hidden content would leave the tab order).
 */
import { render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useSkipOffscreen } from '../../../src/ui/panels/useSkipOffscreen';

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;
let observers: { cb: Callback; targets: Element[]; options: IntersectionObserverInit | undefined }[] = [];

class FakeIO {
  targets: Element[] = [];
  constructor(
    private cb: Callback,
    readonly options?: IntersectionObserverInit,
  ) {
    observers.push(this as unknown as (typeof observers)[number]);
  }
  observe(el: Element) {
    this.targets.push(el);
  }
  disconnect() {
    this.targets = [];
  }
  report(el: Element, isIntersecting: boolean) {
    this.cb([{ target: el, isIntersecting }]);
  }
}

function Below({ active }: { active: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useSkipOffscreen(ref, active);
  return (
    <div ref={ref} data-testid="below">
      <section data-testid="near">near</section>
      <section data-testid="far">far</section>
    </div>
  );
}

afterEach(() => {
  observers = [];
  vi.unstubAllGlobals();
});

describe('useSkipOffscreen', () => {
  it('marks the children reported off screen while active, and none once inactive', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { getByTestId, rerender } = render(<Below active={false} />);
    expect(observers).toHaveLength(0);
    rerender(<Below active />);
    const io = observers.at(-1) as unknown as FakeIO;
    // Half a screen above and below the viewport counts as near.
    expect(io.options?.rootMargin).toBe('50% 0px');
    expect(io.targets.map((t) => t.getAttribute('data-testid'))).toEqual(['near', 'far']);
    io.report(getByTestId('near'), true);
    io.report(getByTestId('far'), false);
    expect(getByTestId('near').classList.contains('offscreen')).toBe(false);
    expect(getByTestId('far').classList.contains('offscreen')).toBe(true);
    // Scrolled to: rendered again.
    io.report(getByTestId('far'), true);
    expect(getByTestId('far').classList.contains('offscreen')).toBe(false);
    io.report(getByTestId('far'), false);
    // The run stops: everything is back, and nothing is followed.
    rerender(<Below active={false} />);
    expect(getByTestId('far').classList.contains('offscreen')).toBe(false);
    expect(io.targets).toHaveLength(0);
  });

  it('Tab ends the skipping: a keyboard user can reach every panel', () => {
    vi.stubGlobal('IntersectionObserver', FakeIO);
    const { getByTestId } = render(<Below active />);
    const io = observers.at(-1) as unknown as FakeIO;
    io.report(getByTestId('far'), false);
    expect(getByTestId('far').classList.contains('offscreen')).toBe(true);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(getByTestId('far').classList.contains('offscreen')).toBe(false);
    expect(io.targets).toHaveLength(0);
  });

  it('does nothing where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const { getByTestId } = render(<Below active />);
    expect(getByTestId('far').classList.contains('offscreen')).toBe(false);
  });
});
