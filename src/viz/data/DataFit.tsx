/**
 * The data view with three or more inputs (no plane to draw them on): each record's
 * prediction ŷ against its target y, with the line ŷ = y where a perfect model would put
 * them all; the points follow the run when its texts change (a few times a second while
 * playing). With several output units, the unit the math panel follows.
 */
import { useLayoutEffect, useMemo, useRef } from 'react';
import { scaleLinear } from 'd3-scale';
import { ACTIVATIONS, predictAt } from '../../engine';
import { useAppState, useAppStore, useFrames } from '../../store';
import { formatNumber } from '../../notation';
import { Axis } from '../shared/Axis';
import { setAttrs } from '../shared/setAttrs';
import { outputRange } from './dataWindow';
import { MARGIN, useDataFrame } from './useDataFrame';


/** The plot. */
export function DataFit() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const mathRecord = useAppState((s) => s.mathRecord);
  const unit = useAppState((s) => s.mathUnit);
  const { wrapRef, width, height, fontPx, left, bottom, innerW, innerH, shown } = useDataFrame(problem);
  const { k, n } = problem;
  const [lo, hi] = useMemo(() => outputRange(problem, activation), [problem, activation]);
  const x = scaleLinear().domain([lo, hi]).range([0, innerW]);
  const y = scaleLinear().domain([lo, hi]).range([innerH, 0]);
  const points = useRef<(SVGGElement | null)[]>([]);
  const draw = (w: readonly number[]) => {
    const act = ACTIVATIONS[activation];
    shown.forEach((mu, q) => {
      const yHat = predictAt(problem, act, w, unit, problem.x.subarray(mu * n, mu * n + n));
      const py = Math.max(-6, Math.min(innerH + 6, y(yHat)));
      setAttrs(points.current[q], { transform: `translate(${x(problem.y[mu * k + unit]).toFixed(1)},${py.toFixed(1)})` }, Number.isFinite(py));
    });
  };
  useLayoutEffect(() => draw(store.getState().frames.current.w));
  useFrames((s) => {
    if (store.getState().frames.textDue(s)) draw(s.w);
  });
  return (
    <div className="plot-area data-area" ref={wrapRef}>
      <svg width={width} height={height} role="img" data-testid="data-plot" data-kind="fit"
        aria-label={`The data: each record's prediction ŷ${k > 1 ? `${unit + 1}` : ''} against its target (${n} inputs: no plane to draw them on); on the diagonal ŷ = y the model is right. Hover a record to pick it for the math panel.`}>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label={`target y${k > 1 ? unit + 1 : ''}`} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label={`prediction ŷ${k > 1 ? unit + 1 : ''}`} labelOffset={left - fontPx} />
          <line x1={x(lo)} y1={y(lo)} x2={x(hi)} y2={y(hi)} className="data-diagonal" />
          {shown.map((mu, q) => (
            <g key={mu} ref={(el) => void (points.current[q] = el)} className={mathRecord === mu ? 'data-record picked' : 'data-record'} data-testid="data-record" data-record={mu + 1}
              onMouseEnter={() => store.getState().setMathRecord(mu)}>
              <circle r={9} className="data-hit" />
              <circle r={4} className="data-point" />
              <title>record {mu + 1}: y = {formatNumber(problem.y[mu * k + unit])}</title>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
