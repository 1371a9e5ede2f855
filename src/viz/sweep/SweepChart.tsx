/**
 * A sweep over η: E after k steps against η on a log axis, one point per run (a red ✗
 * where the run diverged, drawn at the top), η_max marked for linear units and today's
 * η marked too. A click, or ← → and Enter on the focused chart, sets η to a point's.
 */
import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLog } from 'd3-scale';
import { pointer } from 'd3-selection';
import type { SweepPoint } from '../../engine';
import { formatNumber } from '../../notation';
import { Axis, axisGutter, axisTicks } from '../shared/Axis';
import { polyline } from '../shared/polyline';
import { useRootFontSize } from '../shared/useFontSize';
import { useSize } from '../shared/useSize';

interface SweepChartProps {
  points: readonly SweepPoint[];
  steps: number;
  /** Today's η (marked). */
  eta: number;
  /** The largest stable η of a linear unit (marked), or null. */
  etaMax: number | null;
  /** Sets η to a point's. */
  onPick(point: SweepPoint): void;
}

const MARGIN = { top: 14, right: 16 };

/** The chart. */
export function SweepChart({ points, steps, eta, etaMax, onPick }: SweepChartProps) {
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 260 });
  const fontPx = useRootFontSize();
  const [focus, setFocus] = useState<number | null>(null);
  const etas = points.map((p) => p.eta);
  const kept = points.filter((p) => p.status !== 'diverged' && p.E > 0);
  const lo = Math.min(...kept.map((p) => p.E));
  const hi = Math.max(...kept.map((p) => p.E));
  const yDomain: [number, number] = kept.length ? [Math.max(lo / 2, hi * 1e-12), hi * 2] : [1e-3, 1];
  const tickPx = 0.8 * fontPx;
  const yProbe = scaleLog().domain(yDomain);
  const left = axisGutter(axisTicks(yProbe, 4, true), tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 18);
  const innerW = Math.max(120, width - left - MARGIN.right);
  const innerH = Math.max(80, height - MARGIN.top - bottom);
  const x = scaleLog().domain([Math.min(...etas), Math.max(...etas)]).range([0, innerW]);
  const y = yProbe.copy().range([innerH, 0]);
  const line = polyline();
  for (const p of kept) line.add(x(p.eta), y(p.E));
  const nearest = (px: number) => {
    let best = 0;
    points.forEach((p, n) => {
      if (Math.abs(x(p.eta) - px) < Math.abs(x(points[best].eta) - px)) best = n;
    });
    return best;
  };
  const onClick = (e: MouseEvent<SVGRectElement>) => onPick(points[nearest(pointer(e.nativeEvent, e.currentTarget)[0])]);
  const onKey = (e: KeyboardEvent<SVGSVGElement>) => {
    const at = focus ?? nearest(x(eta));
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      e.stopPropagation();
      setFocus(Math.max(0, Math.min(points.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1))));
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      e.stopPropagation();
      onPick(points[at]);
    }
  };
  const shown = focus !== null ? points[focus] : null;
  const diverged = points.filter((p) => p.status === 'diverged');
  const best = kept.reduce<SweepPoint | null>((b, p) => (b === null || p.E < b.E ? p : b), null);
  const label =
    `E after ${steps} steps for ${points.length} values of η from ${formatNumber(points[0].eta)} to ${formatNumber(points[points.length - 1].eta)} (log scale)` +
    `${best ? `; lowest E = ${formatNumber(best.E)} at η = ${formatNumber(best.eta)}` : ''}` +
    `${diverged.length ? `; diverged from η = ${formatNumber(diverged[0].eta)}` : ''}. Click a point, or use ← → and Enter, to set η.`;
  return (
    <div className="sweep-chart" ref={wrapRef}>
      <svg width={width} height={height} tabIndex={0} role="img" aria-label={label} onKeyDown={onKey} onBlur={() => setFocus(null)} data-testid="sweep-chart">
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label="learning rate η (log scale)" labelOffset={bottom - 6} decadesOnly />
          <Axis scale={y} orient="left" at={0} label={`E after ${steps} steps`} labelOffset={left - fontPx} decadesOnly />
          <rect width={innerW} height={innerH} className="sweep-bg" onClick={onClick} data-testid="sweep-bg" />
          {etaMax !== null && etaMax >= x.domain()[0] && etaMax <= x.domain()[1] && (
            <g className="sweep-etamax" pointerEvents="none">
              <line x1={x(etaMax)} x2={x(etaMax)} y1={0} y2={innerH} />
              <text x={x(etaMax) + 4} y={0.3 * innerH}>η_max</text>
            </g>
          )}
          <g className="sweep-now" pointerEvents="none">
            <line x1={x(eta)} x2={x(eta)} y1={0} y2={innerH} />
            <text x={x(eta) + 4} y={0.15 * innerH}>η now</text>
          </g>
          <path d={line.done().d} className="sweep-line" pointerEvents="none" />
          {points.map((p, n) =>
            p.status === 'diverged' ? (
              <text key={n} x={x(p.eta)} y={10} className="sweep-diverged" textAnchor="middle" pointerEvents="none" data-testid="sweep-point" data-status="diverged" data-eta={p.eta}>
                ✗<title>η = {formatNumber(p.eta)}: diverged at step {p.step + 1}</title>
              </text>
            ) : (
              <circle key={n} cx={x(p.eta)} cy={y(Math.max(p.E, yDomain[0]))} r={focus === n ? 6 : 3.5} className={`sweep-point${focus === n ? ' focused' : ''}`} pointerEvents="none" data-testid="sweep-point" data-status={p.status} data-eta={p.eta}>
                <title>
                  η = {formatNumber(p.eta)}: E = {formatNumber(p.E)} after {p.step} steps{p.status === 'converged' ? ' (converged)' : ''}
                </title>
              </circle>
            ),
          )}
        </g>
      </svg>
      <p className="sweep-focus" aria-live="polite">
        {shown ? `η = ${formatNumber(shown.eta)}: ${shown.status === 'diverged' ? 'diverged' : `E = ${formatNumber(shown.E)} after ${shown.step} steps`}. Enter sets this η.` : ''}
      </p>
    </div>
  );
}
