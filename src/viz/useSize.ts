/** The size of an element, kept current with a ResizeObserver. */
import { useEffect, useState, type RefObject } from 'react';

/** Width and height in CSS pixels of `ref`'s element; `fallback` until it is measured. */
export function useSize(ref: RefObject<Element | null>, fallback: { width: number; height: number }) {
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) setSize({ width: Math.round(box.width), height: Math.round(box.height) });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return size;
}
