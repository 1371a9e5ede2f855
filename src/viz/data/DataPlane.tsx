/**
 * The data view with two inputs: the model's ŷ over the plane of x₁ and x₂ as a shaded map
 * (purple low, orange high), the records on it in the colour of their targets (with a square
 * for targets past the decision level and a circle below, so shape tells them apart too), and
 * for a sigmoid (tanh) the line ŷ = 0.5 (0), the decision boundary. With several output
 * units, the unit the math panel follows. The map and the line follow every frame.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { contours } from 'd3-contour';
import { interpolatePuOr } from 'd3-scale-chromatic';
import { ACTIVATIONS, predictPlane } from '../../engine';
import { useAppState, useAppStore, useFrames } from '../../store';
import { formatNumber } from '../../notation';
import { Axis } from '../shared/Axis';
import { sizedCanvas } from '../shared/sizedCanvas';
import { setAttrs } from '../shared/setAttrs';
import { polygonPath, type Grid } from '../contour/contourPaths';
import { decisionLevel, inputRange, outputRange } from './dataWindow';
import { MARGIN, useDataFrame } from './useDataFrame';

/** Cells per side of the shaded map. */
const G = 48;
/** Colours in the map's table. */
const PALETTE = 128;

/** The plot. */
export function DataPlane() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const mathRecord = useAppState((s) => s.mathRecord);
  const unit = useAppState((s) => s.mathUnit);
  const standardize = useAppState((s) => s.standardize);
  const { wrapRef, width, height, fontPx, left, bottom, innerW, innerH, shown } = useDataFrame(problem);
  const { k, n } = problem;
  const [ax0, ax1] = useMemo(() => inputRange(problem, 0), [problem]);
  const [by0, by1] = useMemo(() => inputRange(problem, 1), [problem]);
  const [lo, hi] = useMemo(() => outputRange(problem, activation), [problem, activation]);
  const level = decisionLevel(activation);
  const x = scaleLinear().domain([ax0, ax1]).range([0, innerW]);
  const y = scaleLinear().domain([by0, by1]).range([innerH, 0]);
  // Purple low, orange high (PuOr runs from purple at 0 to orange at 1).
  const colour = (v: number) => interpolatePuOr(Math.max(0, Math.min(1, (v - lo) / (hi - lo))));
  // The map is repainted every frame: its colours come from a table made once, not interpolated per cell.
  const palette = useMemo(() => Array.from({ length: PALETTE }, (_, q) => interpolatePuOr(q / (PALETTE - 1))), []);
  const shade = (v: number) => palette[Math.round(Math.max(0, Math.min(1, (v - lo) / (hi - lo))) * (PALETTE - 1))];

  const canvasRef = useRef<HTMLCanvasElement>(null);
  const boundaryRef = useRef<SVGPathElement>(null);
  const values = useMemo(() => new Float64Array(G * G), []);
  const draw = (w: readonly number[]) => {
    predictPlane(problem, ACTIVATIONS[activation], w, unit, { a: 0, b: 1, ax0, ax1, by0, by1, G }, new Float64Array(n), values);
    const ctx = sizedCanvas(canvasRef.current, innerW, innerH);
    if (ctx) {
      // Each cell a rectangle of its colour: G² fills, cheaper than an image at this size.
      const cw = innerW / G;
      const ch = innerH / G;
      for (let r = 0; r < G; r++) {
        for (let c = 0; c < G; c++) {
          const v = values[r * G + c];
          ctx.fillStyle = Number.isFinite(v) ? shade(v) : '#888';
          ctx.fillRect(Math.floor(c * cw), Math.floor(innerH - (r + 1) * ch), Math.ceil(cw) + 1, Math.ceil(ch) + 1);
        }
      }
    }
    if (level === null) return;
    const grid: Grid = { values, G, x0: ax0, x1: ax1, y0: by0, y1: by1 };
    const [iso] = contours().size([G, G]).thresholds([level])(Array.from(values));
    setAttrs(boundaryRef.current, { d: iso ? polygonPath(iso, grid, x, y) || null : null });
  };
  useLayoutEffect(() => draw(store.getState().frames.current.w));
  useFrames((s) => draw(s.w));

  const label = (i: number) => `input x${i === 0 ? '₁' : '₂'}${standardize ? ' (standardized)' : ''}`;
  return (
    <div className="plot-area layered data-area" ref={wrapRef}>
      <canvas ref={canvasRef} className="data-shade" aria-hidden="true" style={{ left: left, top: MARGIN.top }} />
      <svg width={width} height={height} role="img" data-testid="data-plot" data-kind="plane"
        aria-label={`The data: ${problem.N} records over inputs x₁ and x₂${shown.length < problem.N ? ` (${shown.length} drawn)` : ''}, coloured by target${k > 1 ? ` y${unit + 1}` : ''}; the shading is the model's ŷ${level !== null ? `, the line ŷ = ${level} its decision boundary` : ''}. Hover a record to pick it for the math panel.`}>
        <defs>
          <clipPath id="data-clip">
            <rect width={innerW} height={innerH} />
          </clipPath>
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label={label(0)} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label={label(1)} labelOffset={left - fontPx} />
          <g clipPath="url(#data-clip)">
            {level !== null && <path ref={boundaryRef} className="data-boundary" data-testid="data-boundary" />}
            {shown.map((mu) => {
              const t = problem.y[mu * k + unit];
              const above = level !== null && t > level;
              return (
                <g key={mu} transform={`translate(${x(problem.x[mu * n]).toFixed(1)},${y(problem.x[mu * n + 1]).toFixed(1)})`} className={mathRecord === mu ? 'data-record picked' : 'data-record'} data-testid="data-record" data-record={mu + 1}
                  onMouseEnter={() => store.getState().setMathRecord(mu)}>
                  <circle r={11} className="data-hit" />
                  {above ? <rect x={-5.5} y={-5.5} width={11} height={11} style={{ fill: colour(t) }} className="data-point on-shade" /> : <circle r={5.5} style={{ fill: colour(t) }} className="data-point on-shade" />}
                  <title>record {mu + 1}: x = ({formatNumber(problem.x[mu * n])}, {formatNumber(problem.x[mu * n + 1])}), y = {formatNumber(t)}</title>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
