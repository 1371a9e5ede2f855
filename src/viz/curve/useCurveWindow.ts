/**
 * The curve view's window: the w range and the top of the E axis. Both follow
 * the run with hysteresis (shared/follow.ts): they grow at once when the point,
 * its step, the trail, the start or the bowl's bottom would leave them, shrink
 * back once the run has stayed within a much smaller range for a while, at once
 * on a fresh start (Reset, a new run), and start over on a new problem, unit,
 * error measure or axis, or when Fit asks. A window fixed by a link (`window=`)
 * is the w range exactly; the E axis still fits the curve within it. The window
 * is worked out when the plot renders (a few times a second while playing), never
 * per frame, and keeps its identity while it does not change.
 */
import { useReducer, useRef } from 'react';
import { fitDomain, MIN_SPAN, type Interval } from '../shared/domain';
import { followRange, spanOf, type Followed } from '../shared/follow';

/** Room above the curve's highest visible point, as a fraction of it. */
export const E_HEADROOM = 0.08;

/** What the window is fitted to. */
export interface CurveWindowInput {
  /** Changes with the problem, unit, error measure or axis: the window then starts over. */
  family: string;
  /** The run: a new one (Reset, a new start) is a fresh start. */
  runner: unknown;
  /** The run's step, the clock of the settling. */
  step: number;
  /** Weights that must be visible along w. */
  points: readonly number[];
  /** While the marker is dragged the axes hold still. */
  frozen: boolean;
  /** A w range fixed by a link, or null. */
  fixed: Interval | null;
}

/** The window, and the two ways to move it besides following the run. */
export interface CurveWindow {
  /** The w range. */
  domain: Interval;
  /** The top of the E axis for a curve whose highest visible point is at `eNeed` (call once a render, after `domain`). */
  eTop(eNeed: number): number;
  /** Frames the current run from scratch (the Fit button). */
  fit(): void;
}

interface Memo {
  family: string | null;
  runner: unknown;
  fresh: boolean;
  refit: boolean;
  x: Followed | null;
  y: Followed | null;
  /** The domain the E axis was last fitted within. */
  yFor: Interval | null;
}

/** The curve's window for this render. */
export function useCurveWindow({ family, runner, step, points, frozen, fixed }: CurveWindowInput): CurveWindow {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const memo = useRef<Memo>({ family: null, runner, fresh: false, refit: false, x: null, y: null, yFor: null });
  const m = memo.current;
  if (m.family !== family || m.refit) {
    m.family = family;
    m.refit = false;
    m.x = null;
    m.y = null;
  }
  if (!frozen) {
    // A run that changed while the marker was dragged is seen as fresh once the drag ends.
    m.fresh = m.runner !== runner;
    m.runner = runner;
    if (fixed) {
      if (!m.x || m.x.range[0] !== fixed[0] || m.x.range[1] !== fixed[1]) m.x = { range: fixed, wideSince: null };
    } else {
      m.x = followRange(m.x, { need: spanOf(points, MIN_SPAN), fitted: fitDomain(null, points), step, fresh: m.fresh });
    }
  }
  const domain = m.x?.range ?? fitDomain(null, points);
  return {
    domain,
    eTop(eNeed) {
      const top = eNeed > 0 && Number.isFinite(eNeed) ? eNeed : 1;
      const fitted: Interval = [0, top * (1 + E_HEADROOM)];
      if (!frozen || !m.y) {
        m.y = followRange(m.y, { need: [0, top], fitted, step, fresh: m.fresh || m.yFor !== domain });
        m.yFor = domain;
      }
      return m.y.range[1];
    },
    fit() {
      m.refit = true;
      rerender();
    },
  };
}
