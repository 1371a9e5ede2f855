/**
 * E against step number, from the bounded run history. The vertical scale is
 * logarithmic when E spans more than two decades, so convergence reads as a line.
 */
import { useMemo, useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber, historySeries } from '../engine';
import { useAppState } from '../store';
import { Axis, axisGutter, axisTicks } from './Axis';
import { useRootFontSize } from './useFontSize';
import { useSize } from './useSize';

const MARGIN = { top: 16, right: 28 };

/** The small chart of E by step. */
export function ErrorChart() {
  const history = useAppState((s) => s.history);
  const snap = useAppState((s) => s.snapshot);
  const axis = useAppState((s) => s.axis);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 320, height: 220 });
  const fontPx = useRootFontSize();
  // history is mutated in place; the snapshot changes whenever it does.
  const points = useMemo(() => historySeries(history, axis).filter((p) => Number.isFinite(p.E)), [history, axis, snap]);
  let lo = Infinity;
  let hi = 0;
  for (const p of points) {
    if (p.E < lo) lo = p.E;
    if (p.E > hi) hi = p.E;
  }
  const logScale = lo > 0 && hi / lo > 100;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  const yProbe = logScale ? scaleLog().domain([lo, hi]).nice() : scaleLinear().domain([0, hi > 0 ? hi * 1.05 : 1]).nice();
  const tickPx = 0.8 * fontPx;
  const left = axisGutter(axisTicks(yProbe, 4, logScale), tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 18);
  const innerW = Math.max(80, width - left - MARGIN.right);
  const innerH = Math.max(60, height - MARGIN.top - bottom);
  const x = scaleLinear().domain([0, Math.max(10, lastStep)]).range([0, innerW]);
  const y = yProbe.copy().range([innerH, 0]);
  const path = line<{ step: number; E: number }>()
    .x((p) => x(p.step))
    .y((p) => y(p.E))(points) ?? '';
  const last = points[points.length - 1];
  return (
    <div className="plot error-chart" ref={wrapRef}>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`E by step: ${points.length ? `E went from ${formatNumber(points[0].E)} at step 0 to ${formatNumber(snap.E)} at step ${snap.step}` : 'no steps yet'}${logScale ? ' (log scale)' : ''}.`}
        data-testid="error-chart"
      >
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label="step" labelOffset={bottom - 6} ticks={4} />
          <Axis scale={y} orient="left" at={0} label={logScale ? 'E (log scale)' : 'E'} labelOffset={left - fontPx} ticks={4} decadesOnly={logScale} />
          <path d={path} className="error-line" data-testid="error-line" />
          {last && <circle cx={x(last.step)} cy={y(last.E)} r={4} className="error-dot" />}
        </g>
      </svg>
    </div>
  );
}
