/**
 * E against step number, from the bounded run history. The vertical scale is
 * logarithmic when E spans more than two decades, so convergence reads as a line.
 */
import { useMemo, useRef } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatNumber, historySeries } from '../engine';
import { useAppState } from '../store';
import { Axis } from './Axis';
import { useSize } from './useSize';

const MARGIN = { top: 16, right: 16, bottom: 48, left: 64 };

/** The small chart of E by step. */
export function ErrorChart() {
  const history = useAppState((s) => s.history);
  const snap = useAppState((s) => s.snapshot);
  const axis = useAppState((s) => s.axis);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 320, height: 220 });
  // history is mutated in place; the snapshot changes whenever it does.
  const points = useMemo(() => historySeries(history, axis).filter((p) => Number.isFinite(p.E)), [history, axis, snap]);
  const innerW = Math.max(80, width - MARGIN.left - MARGIN.right);
  const innerH = Math.max(60, height - MARGIN.top - MARGIN.bottom);
  let lo = Infinity;
  let hi = 0;
  for (const p of points) {
    if (p.E < lo) lo = p.E;
    if (p.E > hi) hi = p.E;
  }
  const logScale = lo > 0 && hi / lo > 100;
  const lastStep = points.length ? points[points.length - 1].step : 0;
  const x = scaleLinear().domain([0, Math.max(10, lastStep)]).range([0, innerW]);
  const y = logScale
    ? scaleLog().domain([lo, hi]).range([innerH, 0]).nice()
    : scaleLinear().domain([0, hi > 0 ? hi * 1.05 : 1]).range([innerH, 0]).nice();
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
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label="step" labelOffset={40} ticks={4} />
          <Axis scale={y} orient="left" at={0} label={logScale ? 'E (log scale)' : 'E'} labelOffset={52} ticks={4} />
          <path d={path} className="error-line" data-testid="error-line" />
          {last && <circle cx={x(last.step)} cy={y(last.E)} r={4} className="error-dot" />}
        </g>
      </svg>
    </div>
  );
}
