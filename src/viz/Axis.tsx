/** A plot axis: D3 computes the ticks and their labels, React renders them. */
import type { ScaleContinuousNumeric } from 'd3-scale';

interface AxisProps {
  scale: ScaleContinuousNumeric<number, number>;
  orient: 'bottom' | 'left';
  /** Where the axis line sits on the other axis, in pixels. */
  at: number;
  ticks?: number;
  label: string;
  /** Length of the plot along the other axis (for the label position). */
  labelOffset: number;
}

/** Ticks, tick labels and a title for one axis. */
export function Axis({ scale, orient, at, ticks = 6, label, labelOffset }: AxisProps) {
  const values = scale.ticks(ticks);
  const format = scale.tickFormat(ticks);
  const [r0, r1] = scale.range();
  if (orient === 'bottom') {
    return (
      <g className="axis" transform={`translate(0,${at})`}>
        <line x1={Math.min(r0, r1)} x2={Math.max(r0, r1)} className="axis-line" />
        {values.map((v) => (
          <g key={v} transform={`translate(${scale(v)},0)`}>
            <line y2={6} className="axis-tick" />
            <text y={20} textAnchor="middle" className="tick-label">
              {format(v).replace('−', '−')}
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
      {values.map((v) => (
        <g key={v} transform={`translate(0,${scale(v)})`}>
          <line x2={-6} className="axis-tick" />
          <text x={-9} dy="0.32em" textAnchor="end" className="tick-label">
            {format(v)}
          </text>
        </g>
      ))}
      <text transform={`translate(${-labelOffset},${(r0 + r1) / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">
        {label}
      </text>
    </g>
  );
}
