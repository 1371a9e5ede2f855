/**
 * A plot axis: D3 computes the ticks, React renders them, and labels are printed
 * like every other number in the app (formatNumber: "2e7", never "20,000,000" or
 * SI prefixes like "100m" that read as metres). `axisGutter` tells a plot how
 * much room the labels of a vertical axis need.
 */
import { memo } from 'react';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { formatNumber } from '../../notation';

interface AxisProps {
  scale: ScaleContinuousNumeric<number, number>;
  orient: 'bottom' | 'left';
  /** Where the axis line sits on the other axis, in pixels. */
  at: number;
  ticks?: number;
  label: string;
  /** Distance of the axis title from the axis line, in pixels. */
  labelOffset: number;
  /** Only powers of ten get labels (log scales). */
  decadesOnly?: boolean;
}

/** The tick values and their printed labels. */
export function axisTicks(scale: ScaleContinuousNumeric<number, number>, ticks: number, decadesOnly = false): { v: number; text: string }[] {
  const values = scale.ticks(ticks).filter((v) => !decadesOnly || Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9);
  return values.map((v) => ({ v, text: formatNumber(v, 3) }));
}

/** Pixels the tick labels and title of a left axis need, for a tick-label font of `fontPx`. */
export function axisGutter(labels: readonly { text: string }[], fontPx: number): number {
  const longest = Math.max(1, ...labels.map((l) => l.text.length));
  return Math.ceil(longest * fontPx * 0.62 + 14 + fontPx * 1.6);
}

/**
 * Ticks, tick labels and a title for one axis. Plots make a new scale object every
 * frame while a run plays; the axis re-renders only when the scale's domain or
 * range (or another prop) changed.
 */
export const Axis = memo(AxisMarks, (a, b) => {
  for (const key of Object.keys(a) as (keyof AxisProps)[]) {
    if (key !== 'scale' && a[key] !== b[key]) return false;
  }
  return sameNumbers(a.scale.domain(), b.scale.domain()) && sameNumbers(a.scale.range(), b.scale.range()) && Object.keys(a).length === Object.keys(b).length;
});

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, n) => v === b[n]);
}

function AxisMarks({ scale, orient, at, ticks = 6, label, labelOffset, decadesOnly = false }: AxisProps) {
  const marks = axisTicks(scale, ticks, decadesOnly);
  const [r0, r1] = scale.range();
  if (orient === 'bottom') {
    return (
      <g className="axis" transform={`translate(0,${at})`}>
        <line x1={Math.min(r0, r1)} x2={Math.max(r0, r1)} className="axis-line" />
        {marks.map(({ v, text }) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line y2={6} className="axis-tick" />
            <text y={8} dy="0.9em" textAnchor="middle" className="tick-label">
              {text}
            </text>
          </g>
        ))}
        <text x={(r0 + r1) / 2} y={labelOffset} textAnchor="middle" className="axis-title">
          {label}
        </text>
      </g>
    );
  }
  return (
    <g className="axis" transform={`translate(${at},0)`}>
      <line y1={Math.min(r0, r1)} y2={Math.max(r0, r1)} className="axis-line" />
      {marks.map(({ v, text }) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-6} className="axis-tick" />
          <text x={-9} dy="0.32em" textAnchor="end" className="tick-label">
            {text}
          </text>
        </g>
      ))}
      <text transform={`translate(${-labelOffset},${(r0 + r1) / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">
        {label}
      </text>
    </g>
  );
}
