/** The root font size in pixels, which the theme sets (projector type is larger); plots size their margins by it. */
import { useEffect, useState } from 'react';
import { useAppState } from '../../store';

/** Root font size in CSS pixels, re-read when the theme changes. */
export function useRootFontSize(): number {
  const theme = useAppState((s) => s.theme);
  const [px, setPx] = useState(16);
  // A passive effect: it runs after App has set data-theme on <html> in its layout effect.
  useEffect(() => {
    const v = parseFloat(getComputedStyle(document.documentElement).fontSize);
    if (Number.isFinite(v) && v > 0) setPx(v);
  }, [theme]);
  return px;
}
