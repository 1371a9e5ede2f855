/** The size of an element, measured before the first paint and kept current with a ResizeObserver. */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Width and height in CSS pixels of `ref`'s element; `fallback` where it cannot be measured (jsdom). */
export function useSize(ref: RefObject<Element | null>, fallback: { width: number; height: number }) {
  const [size, setSize] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const apply = (width: number, height: number) => {
      if (width > 0 && height > 0) setSize((s) => (s.width === Math.round(width) && s.height === Math.round(height) ? s : { width: Math.round(width), height: Math.round(height) }));
    };
    // Measure now, so the first paint already fits the container (no overflow flash on a phone).
    const box = el.getBoundingClientRect();
    apply(box.width, box.height);
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const r = entries[0]?.contentRect;
      if (r) apply(r.width, r.height);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
