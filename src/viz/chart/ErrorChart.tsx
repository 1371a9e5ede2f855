/**
 * E against step number, from the bounded run history. The vertical scale is
 * linear or logarithmic as the reader chooses (the "log" switch; linear until
 * then), never switched by the chart itself, and its domain only grows during a
 * run (errorDomain.ts), so the line never jumps; a new run starts afresh. React draws the line when the store's snapshot changes; the newest point and
 * the segment to it follow every frame through the per-frame channel.
 */
import { useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { forEachHistoryPoint } from '../../engine';
import { useAppState, useAppStore, useFrames, type RunSnapshot } from '../../store';
import { setAttrs } from '../shared/setAttrs';
import { Axis, axisGutter, axisTicks } from '../shared/Axis';
import { useRootFontSize } from '../shared/useFontSize';
import { polyline } from '../shared/polyline';
import { RaceTrails, type PlaceRun } from '../shared/RaceTrails';
import { RaceMarkers } from '../shared/RaceMarkers';
import { useSize } from '../shared/useSize';
import { formatNumber } from '../../notation';
import { errorScale, growErrorDomain, logFloor, type ErrorDomain } from './errorDomain';
import '../shared/plotTools.css';

/** The accessible name of the chart's log switch. */
export const LOG_SWITCH_NAME = 'log scale for E';

const MARGIN = { top: 16, right: 28 };

interface Point {
  step: number;
  E: number;
}

/**
 * The step axis's end: the next of 10, 20, 50, 100, 200, 500 … at or past the
 * latest step. The line grows into a steady axis instead of the ticks sliding
 * every frame (which also repainted the whole chart every frame while playing).
 */
export function stepSpan(lastStep: number): number {
  let span = 10;
  for (;;) {
    for (const m of [1, 2, 5]) if (m * span >= lastStep) return m * span;
    span *= 10;
  }
}

/** The small chart of E by step. */
export function ErrorChart() {
  const store = useAppStore();
  const history = useAppState((s) => s.history);
  const snap = useAppState((s) => s.snapshot);
  const runner = useAppState((s) => s.runner);
  const racers = useAppState((s) => s.racers);
  const [logScale, setLogScale] = useState(false);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 320, height: 220 });
  const fontPx = useRootFontSize();
  // history is mutated in place; the snapshot changes whenever it does. One pass, no object per point.
  // A race's other runs share the axes: E's range and the steps cover them too.
  const { lo, hi, first, last, lastStep } = useMemo(() => {
    const r = { lo: Infinity, hi: 0, first: null as Point | null, last: null as Point | null, lastStep: 0 };
    const span = (step: number, E: number) => {
      if (!Number.isFinite(E)) return;
      if (E < r.lo) r.lo = E;
      if (E > r.hi) r.hi = E;
      if (step > r.lastStep) r.lastStep = step;
    };
    forEachHistoryPoint(history, (step, E) => {
      if (!Number.isFinite(E)) return;
      span(step, E);
      r.first ??= { step, E };
      r.last = { step, E };
    });
    for (const racer of racers) forEachHistoryPoint(racer.history, span);
    return r;
  }, [history, racers, snap]);
  // One domain per run, only growing.
  const domainRef = useRef<ErrorDomain | null>(null);
  const domain = (domainRef.current = growErrorDomain(domainRef.current, runner, lo, hi));
  const floor = logFloor(domain);
  const yProbe = errorScale(domain, logScale);
  const tickPx = 0.8 * fontPx;
  const left = axisGutter(axisTicks(yProbe, 4, logScale), tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 18);
  const innerW = Math.max(80, width - left - MARGIN.right);
  const innerH = Math.max(60, height - MARGIN.top - bottom);
  const x = scaleLinear().domain([0, stepSpan(lastStep)]).range([0, innerW]);
  const yAt = yProbe.copy().range([innerH, 0]);
  // A log scale has no 0: E at or under the floor sits on the bottom.
  const y = (E: number) => yAt(logScale ? Math.max(E, floor) : E);
  // Thinned to what the pixels show: 4,096 points on a few hundred pixels are mostly on top of each other.
  const trace = polyline();
  forEachHistoryPoint(history, (step, E) => trace.add(x(step), y(E)));
  const path = trace.done().d;
  // A race's other runs: E by step, each in its own colour, dash and marker.
  const placeRun: PlaceRun = (_w, _at, E, step) => [Math.min(innerW, x(step)), Math.max(0, Math.min(innerH, y(E)))];

  // The newest point and the segment from the drawn line's end to it, every frame.
  const dotRef = useRef<SVGCircleElement>(null);
  const headRef = useRef<SVGLineElement>(null);
  const place = (s: RunSnapshot) => {
    const px = Math.min(innerW, x(s.step));
    const py = Math.max(0, Math.min(innerH, y(s.E)));
    const ok = Number.isFinite(s.E);
    setAttrs(dotRef.current, { cx: px, cy: py }, ok);
    setAttrs(headRef.current, last ? { x1: x(last.step), y1: y(last.E), x2: px, y2: py } : {}, ok && last !== null);
  };
  useLayoutEffect(() => place(store.getState().frames.current));
  useFrames(place);
  return (
    <div className="plot error-chart" ref={wrapRef} data-scale={logScale ? 'log' : 'linear'}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`E by step: ${first ? `E went from ${formatNumber(first.E)} at step ${first.step} to ${formatNumber(snap.E)} at step ${snap.step}` : 'no steps yet'}${logScale ? ' (log scale)' : ''}.`}
        data-testid="error-chart"
      >
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label="step" labelOffset={bottom - 6} ticks={4} />
          <Axis scale={yAt} orient="left" at={0} label={logScale ? 'E (log scale)' : 'E'} labelOffset={left - fontPx} ticks={4} decadesOnly={logScale} />
          <path d={path} className="error-line" data-testid="error-line" />
          <RaceTrails place={placeRun} />
        </g>
      </svg>
      {/* The newest point on a layer of its own: a frame repaints it, not the axes and the line. */}
      <svg width={width} height={height} className="marks-layer" aria-hidden="true">
        <g transform={`translate(${left},${MARGIN.top})`}>
          <line ref={headRef} className="error-line" />
          <circle ref={dotRef} r={4} className="error-dot" data-testid="error-dot" />
          <RaceMarkers place={placeRun} px={0.7 * fontPx} everyFrame={false} />
        </g>
      </svg>
      <button
        type="button"
        className="plot-corner-tool"
        aria-label={LOG_SWITCH_NAME}
        aria-pressed={logScale}
        title="E on a log scale (a run that converges reads as a straight line)"
        onClick={(e: MouseEvent<HTMLButtonElement>) => {
          setLogScale(!logScale);
          if (e.detail > 0) e.currentTarget.blur();
        }}
      >
        log
      </button>
    </div>
  );
}
