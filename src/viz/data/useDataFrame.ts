/**
 * What the three data plots share: the plot's size, its margins for the axes (in proportion to
 * the type), the inner drawing box, and the records drawn.
 */
import { useMemo, useRef } from 'react';
import type { Problem } from '../../engine';
import { axisGutter } from '../shared/Axis';
import { useRootFontSize } from '../shared/useFontSize';
import { useSize } from '../shared/useSize';
import { drawnRecords } from './dataWindow';

/** Space above the drawing box and right of it, in pixels. */
export const MARGIN = { top: 14, right: 16 };

/** The frame of a data plot of `problem`. */
export function useDataFrame(problem: Problem) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const fontPx = useRootFontSize();
  const tickPx = 0.8 * fontPx;
  const left = axisGutter([{ text: '−0.000' }], tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 22);
  const innerW = Math.max(120, width - left - MARGIN.right);
  const innerH = Math.max(120, height - MARGIN.top - bottom);
  const shown = useMemo(() => drawnRecords(problem.N), [problem]);
  return { wrapRef, width, height, fontPx, left, bottom, innerW, innerH, shown };
}
