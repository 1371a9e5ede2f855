/**
 * The contour map's framing across renders (framing.ts): its base window and
 * its colour levels, kept until the map is re-framed, and the Fit action. Worked
 * out when the plot renders, never per frame.
 */
import { useReducer, useRef } from 'react';
import { fitWindow, type Window2 } from '../shared/domain';
import { adoptLevels, nextFraming, type FrameInput, type Framing } from './framing';

/** What the framing follows: nextFraming's input, with what a window fitted to the run must hold (useSlice's fitXs, fitYs) instead of Fit. */
export type ContourFrameInput = Omit<FrameInput, 'refit' | 'fit'> & { fitXs: readonly number[]; fitYs: readonly number[] };

/** The framing of this render, a way to take in a grid's levels, and Fit. */
export interface ContourFrame {
  framing: Framing;
  /** Takes the levels of `grid` when they are the framing's first (or finer ones of its first pass); returns the framing. */
  adopt(grid: Parameters<typeof adoptLevels>[1]): Framing;
  /** Frames the run from scratch at the next render. */
  fit(): void;
}

/** The contour map's framing. */
export function useContourFrame(input: ContourFrameInput): ContourFrame {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const ref = useRef<{ framing: Framing | null; refit: boolean }>({ framing: null, refit: false });
  const m = ref.current;
  const fit = (): Window2 => fitWindow(null, input.fitXs, input.fitYs, input.aspect);
  const framing = nextFraming(m.framing, { ...input, refit: m.refit, fit });
  m.framing = framing;
  m.refit = false;
  return {
    framing,
    adopt(grid) {
      const current = m.framing ?? framing;
      m.framing = adoptLevels(current, grid);
      return m.framing;
    },
    fit() {
      m.refit = true;
      rerender();
    },
  };
}
