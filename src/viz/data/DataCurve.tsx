/**
 * The data view with one input: the records as points (x, y), the model's curve
 * ŷ = f(w₀ + w₁x) over them, and each record's error y − ŷ as a segment from the point to
 * the curve; with several output units, one colour, shape and dash per unit. The curve and
 * the segments follow every frame; hovering a record picks it for the math panel and the
 * records table (mathRecord), and the record picked there stands out here.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { ACTIVATIONS, predictAt, predictLine } from '../../engine';
import { useAppState, useAppStore, useFrames } from '../../store';
import { formatNumber } from '../../notation';
import { Axis } from '../shared/Axis';
import { runStyle, runSymbolPath } from '../shared/runStyles';
import { polyline } from '../shared/polyline';
import { setAttrs } from '../shared/setAttrs';
import { inputRange, outputRange } from './dataWindow';
import { MARGIN, useDataFrame } from './useDataFrame';

/** Points along the model's curve. */
const SAMPLES = 160;

/** The plot. */
export function DataCurve() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const mathRecord = useAppState((s) => s.mathRecord);
  const standardize = useAppState((s) => s.standardize);
  const { wrapRef, width, height, fontPx, left, bottom, innerW, innerH, shown } = useDataFrame(problem);
  const { k, n } = problem;
  const [x0, x1] = useMemo(() => inputRange(problem, 0), [problem]);
  const [y0, y1] = useMemo(() => outputRange(problem, activation), [problem, activation]);
  const x = scaleLinear().domain([x0, x1]).range([0, innerW]);
  const y = scaleLinear().domain([y0, y1]).range([innerH, 0]);

  // The moving marks: one curve and one path of error segments per unit.
  const curves = useRef<(SVGPathElement | null)[]>([]);
  const errors = useRef<(SVGPathElement | null)[]>([]);
  const line = useMemo(() => new Float64Array(SAMPLES), []);
  const draw = (w: readonly number[]) => {
    const act = ACTIVATIONS[activation];
    const held = new Float64Array(n);
    const xs = new Float64Array(1);
    for (let j = 0; j < k; j++) {
      predictLine(problem, act, w, j, 0, x0, x1, held, line);
      const path = polyline(0.3);
      for (let q = 0; q < SAMPLES; q++) path.add(x(x0 + ((x1 - x0) * q) / (SAMPLES - 1)), y(line[q]));
      setAttrs(curves.current[j], { d: path.done().d || null });
      let d = '';
      for (const mu of shown) {
        xs[0] = problem.x[mu * n];
        const yHat = predictAt(problem, act, w, j, xs);
        const px = x(xs[0]);
        const a = y(problem.y[mu * k + j]);
        const b = y(yHat);
        if (Number.isFinite(b)) d += `M${px.toFixed(1)},${a.toFixed(1)}V${b.toFixed(1)}`;
      }
      setAttrs(errors.current[j], { d: d || null });
    }
  };
  useLayoutEffect(() => draw(store.getState().frames.current.w));
  useFrames((s) => draw(s.w));

  const xLabel = `input x₁${standardize ? ' (standardized)' : ''}`;
  const yLabel = k === 1 ? 'target y and prediction ŷ' : 'targets yⱼ and predictions ŷⱼ';
  return (
    <div className="plot-area data-area" ref={wrapRef}>
      <svg width={width} height={height} role="img" data-testid="data-plot" data-kind="curve"
        aria-label={`The data: ${problem.N} records (x₁, y)${shown.length < problem.N ? `, ${shown.length} drawn` : ''}, the model's prediction ŷ along x₁ and each record's error y − ŷ. Hover a record to pick it for the math panel.`}>
        <defs>
          <clipPath id="data-curve-clip">
            <rect x={-8} y={-8} width={innerW + 16} height={innerH + 16} />
          </clipPath>
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label={xLabel} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label={yLabel} labelOffset={left - fontPx} />
          <g clipPath="url(#data-curve-clip)">
          {Array.from({ length: k }, (_, j) => {
            const style = runStyle(j);
            return (
              <g key={j} data-unit={j + 1}>
                <path ref={(el) => void (errors.current[j] = el)} className="data-error" data-testid="data-errors" />
                <path ref={(el) => void (curves.current[j] = el)} className="data-model" stroke={k > 1 ? style.colour : undefined} strokeDasharray={k > 1 ? (style.dash ?? undefined) : undefined} data-testid="data-model" />
                {shown.map((mu) => {
                  const px = x(problem.x[mu * n]);
                  const py = y(problem.y[mu * k + j]);
                  return (
                    <g key={mu} transform={`translate(${px.toFixed(1)},${py.toFixed(1)})`} className={mathRecord === mu ? 'data-record picked' : 'data-record'} data-testid="data-record" data-record={mu + 1}
                      onMouseEnter={() => store.getState().setMathRecord(mu)}>
                      <circle r={11} className="data-hit" />
                      {k > 1 ? <path d={runSymbolPath(j, 10)} fill={style.colour} className="data-point" /> : <circle r={4.5} className="data-point" />}
                      <title>record {mu + 1}: x₁ = {formatNumber(problem.x[mu * n])}, y{k > 1 ? sub(j + 1) : ''} = {formatNumber(problem.y[mu * k + j])}</title>
                    </g>
                  );
                })}
              </g>
            );
          })}
          </g>
        </g>
      </svg>
    </div>
  );
}

/** Subscript digits. */
function sub(v: number): string {
  return String(v).replace(/\d/g, (c) => '₀₁₂₃₄₅₆₇₈₉'[Number(c)]);
}
