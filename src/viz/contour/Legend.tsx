/** The colour key of the contour map's bands, with values of E. */
import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../notation';

interface LegendProps {
  levels: readonly number[];
  colour: (value: number) => string;
  height: number;
  tickPx: number;
}

/** The colour key of the bands, with values of E; redrawn only when a new grid brings new levels. */
export const Legend = memo(function Legend({ levels, colour, height, tickPx }: LegendProps) {
  const scale = scaleLinear().domain([0, levels.length]).range([height, 0]);
  const every = Math.ceil(levels.length / Math.max(2, Math.floor(height / (tickPx * 2.2))));
  return (
    <g className="legend" data-testid="contour-legend">
      {levels.map((lv, n) => (
        <rect key={lv} y={scale(n + 1)} width={14} height={scale(n) - scale(n + 1)} fill={colour(lv)} />
      ))}
      {levels.map((lv, n) =>
        n % every === 0 ? (
          <text key={lv} x={18} y={scale(n)} dy="0.32em" className="tick-label">
            {formatNumber(lv, 2)}
          </text>
        ) : null,
      )}
      <text x={0} y={-4} className="tick-label">
        E
      </text>
    </g>
  );
});
