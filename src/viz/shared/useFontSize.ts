/** The root font size in pixels, which the theme sets (projector type is larger); plots size their margins by it. */
import { useEffect, useState } from 'react';
import { useAppState } from '../../store';

/** Root font size in CSS pixels, re-read when the theme or the window's size changes. */
export function useRootFontSize(): number {
  const theme = useAppState((s) => s.theme);
  const [px, setPx] = useState(16);
  // A passive effect: it runs after App has set data-theme on <html> in its layout effect.
  // Re-read on resize too: lecture mode's type grows with the window's height.
  useEffect(() => {
    const read = () => {
      const v = parseFloat(getComputedStyle(document.documentElement).fontSize);
      if (Number.isFinite(v) && v > 0) setPx(v);
    };
    read();
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [theme]);
  return px;
}
