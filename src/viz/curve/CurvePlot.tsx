/**
 * The 1-D view: E as a function of one weight wᵢ with the others held at their
 * current values, the current weight as a draggable marker, the tangent (slope
 * ∂E/∂wᵢ), the pending step Δwᵢ as an arrow to scale on the w axis, where that
 * step lands, and the trail of earlier steps. D3 computes; React renders.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ACTIVATIONS, errorAlongWeight, recentSeries } from '../../engine';
import { useAppState, useAppStore, useStage } from '../../store';
import { ArrowHead } from '../shared/ArrowHead';
import { Axis, axisGutter, axisTicks } from '../shared/Axis';
import { argMin, fitDomain, type Interval } from '../shared/domain';
import { useRootFontSize } from '../shared/useFontSize';
import { useGlide, useReducedMotion } from '../shared/useGlide';
import { useDrag } from '../shared/useDrag';
import { useSize } from '../shared/useSize';
import { formatNumber, labelOfWeight } from '../../notation';

/** Points at which the curve is evaluated across the visible domain. */
export const CURVE_POINTS = 241;
/** Half-width of the scan for the bowl's bottom around the starting weight. */
const HOME_SCAN = 8;
/** Above this speed (steps per second) the marker jumps instead of gliding. */
export const GLIDE_MAX_SPEED = 6;
const MARGIN = { top: 28, right: 24 };
/** Height of the lane above the w axis where the step arrow Δwᵢ is drawn, below E = 0. */
const LANE = 46;

function linspace(lo: number, hi: number, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let g = 0; g < count; g++) out[g] = lo + ((hi - lo) * g) / (count - 1);
  return out;
}

/** The error curve E(wᵢ) with the descent drawn on it. */
export function CurvePlot() {
  const store = useAppStore();
  const stage = useStage();
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const axis = useAppState((s) => s.axis);
  const snap = useAppState((s) => s.snapshot);
  const runner = useAppState((s) => s.runner);
  const history = useAppState((s) => s.history);
  const speed = useAppState((s) => s.speed);
  const playing = useAppState((s) => s.playing);
  const mode = useAppState((s) => s.mode);
  const fontPx = useRootFontSize();
  const reduced = useReducedMotion();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 380 });
  const [dragging, setDragging] = useState(false);

  const act = ACTIVATIONS[activation];
  const label = labelOfWeight(problem, axis);
  const wCur = snap.w[axis];
  const dwi = snap.dw[axis];
  const gi = snap.grad[axis];
  const scratch = useMemo(() => new Float64Array(problem.N), [problem]);
  // The curve depends on the other weights only; with one weight it never changes during a run.
  const others = snap.w.filter((_, q) => q !== axis).join(',');
  const evalAt = useMemo(() => {
    const w = Float64Array.from(snap.w);
    return (values: Float64Array) => {
      const out = new Float64Array(values.length);
      errorAlongWeight(problem, w, axis, act, loss, values, out, scratch);
      return out;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the other weights, not on wᵢ
  }, [problem, act, loss, axis, others, scratch]);

  // Where this run started and where the bowl's bottom is near it (once per run).
  const home = useMemo(() => {
    const w0 = history.count > 0 ? history.w.slice(0, history.dims) : Float64Array.from(snap.w);
    const start = w0[axis];
    const values = linspace(start - HOME_SCAN, start + HOME_SCAN, 161);
    const out = new Float64Array(values.length);
    errorAlongWeight(problem, w0, axis, act, loss, values, out, scratch);
    const best = argMin(out);
    return best < 0 ? [start] : [start, values[best]];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per run
  }, [runner, axis, act, loss]);

  // Earlier weights, drawn on the current slice: with several weights the curve moves as the
  // others change, and a point off the curve would read as a jump the run never made.
  // (The true E of each step is in the E-by-step chart.)
  const trailW = recentSeries(history, axis)
    .filter((p) => p.step < snap.step && Number.isFinite(p.w))
    .map((p) => ({ step: p.step, w: p.w }));

  // Sticky domain: refit on a new run (not while dragging) or when the points leave it.
  const domainRef = useRef<{ domain: Interval | null; runner: unknown; axis: number }>({ domain: null, runner, axis });
  const memo = domainRef.current;
  if (!dragging && (memo.runner !== runner || memo.axis !== axis)) {
    if (memo.axis !== axis || snap.step === 0) memo.domain = null;
    memo.runner = runner;
    memo.axis = axis;
  }
  if (!dragging) {
    memo.domain = fitDomain(memo.domain, [...home, ...trailW.map((p) => p.w), wCur, wCur + dwi]);
  }
  const domain = memo.domain ?? [wCur - 1, wCur + 1];

  const xs = useMemo(() => linspace(domain[0], domain[1], CURVE_POINTS), [domain]);
  const es = useMemo(() => evalAt(xs), [evalAt, xs]);
  const nextE = useMemo(() => evalAt(Float64Array.of(wCur + dwi))[0], [evalAt, wCur, dwi]);
  const trailE = evalAt(Float64Array.from(trailW, (p) => p.w));
  const trail = trailW.map((p, n) => ({ ...p, E: trailE[n] })).filter((p) => Number.isFinite(p.E));
  // The tangent is the slope of the drawn curve, E over all records. In batch mode that is the
  // pending gradient; in stochastic and mini-batch modes the pending step follows only its
  // records' gradient, so the slope of E is taken by a central difference instead.
  const slope = useMemo(() => {
    if (mode === 'batch') return gi;
    const eps = 1e-6 * Math.max(1, Math.abs(wCur));
    const [lo, hi] = evalAt(Float64Array.of(wCur - eps, wCur + eps));
    return (hi - lo) / (2 * eps);
  }, [mode, gi, evalAt, wCur]);

  const glideOn = !reduced && !dragging && snap.step > 0 && (!playing || speed <= GLIDE_MAX_SPEED);
  const glide = useGlide(wCur, snap.E, glideOn, playing ? Math.min(450, 800 / speed) : 320);
  const shownW = glide.w;
  const shownE = glide.E;

  let yMax = 0;
  for (const e of es) if (Number.isFinite(e) && e > yMax) yMax = e;
  if (Number.isFinite(snap.E) && snap.E > yMax) yMax = snap.E;
  if (!(yMax > 0)) yMax = 1;
  // Margins follow the type size (projector) and the longest tick label (E can reach 1e12).
  const tickPx = 0.8 * fontPx;
  const yProbe = scaleLinear().domain([0, yMax * 1.08]).nice();
  const left = axisGutter(axisTicks(yProbe, 6), tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 22);
  const innerW = Math.max(120, width - left - MARGIN.right);
  const innerH = Math.max(120, height - MARGIN.top - bottom);
  const x = scaleLinear().domain(domain).range([0, innerW]);
  const y = yProbe.copy().range([innerH - LANE, 0]);

  const curvePath =
    line<number>()
      .defined((g) => Number.isFinite(es[g]))
      .x((g) => x(xs[g]))
      .y((g) => y(es[g]))(Array.from(xs.keys())) ?? '';
  const half = 0.16 * (domain[1] - domain[0]);
  const tangent = { x1: x(wCur - half), y1: y(snap.E - slope * half), x2: x(wCur + half), y2: y(snap.E + slope * half) };
  const trailPath = line<{ w: number; E: number }>()
    .x((p) => x(p.w))
    .y((p) => y(p.E))([...trail, { w: wCur, E: snap.E }]) ?? '';
  const arrowY = innerH - 14;
  const gliding = glide.from !== null;
  const arrowFrom = gliding && glide.from ? glide.from.w : wCur;
  const arrowTo = gliding ? wCur : wCur + dwi;
  const clampX = (v: number) => Math.max(-8, Math.min(innerW + 8, x(v)));
  const arrowPx = clampX(arrowTo) - clampX(arrowFrom);
  const from = mode === 'batch' || snap.batch.length === 0 ? '' : ` (record${snap.batch.length > 1 ? 's' : ''} ${snap.batch.map((m) => m + 1).join(', ')})`;
  const stepLabel = `Δ${label} = ${formatNumber(gliding ? wCur - arrowFrom : dwi)}${gliding ? '' : from}`;

  const markerRef = useRef<SVGGElement>(null);
  useDrag(markerRef, {
    start() {
      store.getState().pause();
      setDragging(true);
    },
    move(e) {
      const v = x.invert(e.x);
      if (Number.isFinite(v)) store.getState().setWeight(axis, Number(v.toPrecision(6)));
    },
    end: () => setDragging(false),
  });

  const onMarkerKey = (e: KeyboardEvent<SVGGElement>) => {
    const up = ['ArrowRight', 'ArrowUp', 'PageUp'];
    const down = ['ArrowLeft', 'ArrowDown', 'PageDown'];
    const dir = up.includes(e.key) ? 1 : down.includes(e.key) ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    e.stopPropagation();
    // Arrows move 1% of the visible range; Shift or Page keys 10%.
    const stepSize = (domain[1] - domain[0]) / (e.shiftKey || e.key.startsWith('Page') ? 10 : 100);
    store.getState().setWeight(axis, Number((wCur + dir * stepSize).toPrecision(6)));
  };

  const description = `Error curve E(${label}): ${label} = ${formatNumber(wCur)}, E = ${formatNumber(snap.E)}, slope ∂E/∂${label} = ${formatNumber(slope)}, next step Δ${label} = ${formatNumber(dwi)}${from}.`;
  const markerOk = Number.isFinite(x(shownW)) && Number.isFinite(y(shownE));

  return (
    <div className="plot curve-plot" ref={wrapRef} data-stage={stage ?? undefined}>
      <svg width={width} height={height} role="img" aria-label={description} data-testid="curve-plot">
        <defs>
          <clipPath id="curve-clip">
            <rect x={0} y={-4} width={innerW} height={innerH - LANE + 4} />
          </clipPath>
          <ArrowHead id="arrow-head" size={14} className="arrow-head" orient="auto-start-reverse" />
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label={`weight ${label}`} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label="error E" labelOffset={left - fontPx} />
          <g clipPath="url(#curve-clip)">
            <path d={curvePath} className="curve" data-testid="curve-path" />
            {!gliding && <line {...tangent} className="tangent" data-testid="tangent" />}
            {trail.length > 0 && <path d={trailPath} className="trail" />}
            {trail.map((p, n) => (
              <circle key={p.step} cx={x(p.w)} cy={y(p.E)} r={3.5} className="trail-dot" opacity={0.25 + (0.6 * (n + 1)) / trail.length} />
            ))}
            {!gliding && Number.isFinite(nextE) && (
              <circle cx={x(wCur + dwi)} cy={y(nextE)} r={6} className="next-point" data-testid="next-point" />
            )}
          </g>
          {markerOk && <line x1={x(shownW)} x2={x(shownW)} y1={y(shownE)} y2={arrowY} className="drop-line" />}
          <line x1={0} x2={innerW} y1={innerH - LANE} y2={innerH - LANE} className="zero-line" />
          <g className={gliding ? 'step-arrow taken' : 'step-arrow'} data-testid="step-arrow">
            {Math.abs(arrowPx) >= 3 ? (
              <line x1={clampX(arrowFrom)} x2={clampX(arrowTo)} y1={arrowY} y2={arrowY} markerEnd="url(#arrow-head)" />
            ) : (
              <circle cx={clampX(arrowFrom)} cy={arrowY} r={2.5} />
            )}
            <text x={Math.max(40, Math.min(innerW - 40, (clampX(arrowFrom) + clampX(arrowTo)) / 2))} y={arrowY - 11} textAnchor="middle" className="arrow-label">
              {stepLabel}
            </text>
          </g>
          <g
            ref={markerRef}
            className="marker"
            transform={markerOk ? `translate(${x(shownW)},${y(shownE)})` : undefined}
            visibility={markerOk ? undefined : 'hidden'}
            tabIndex={0}
            role="slider"
            aria-label={`${label} on the curve: drag, or use the arrow keys`}
            aria-valuenow={wCur}
            aria-valuetext={formatNumber(wCur)}
            aria-valuemin={domain[0]}
            aria-valuemax={domain[1]}
            aria-orientation="horizontal"
            onKeyDown={onMarkerKey}
            data-testid="marker"
          >
            <circle r={16} className="marker-hit" />
            <circle r={8} className="marker-dot" />
            <text y={-16} textAnchor={x(shownW) > innerW * 0.75 ? 'end' : 'start'} className="marker-label">
              {`${label} = ${formatNumber(wCur)}`}
            </text>
          </g>
        </g>
      </svg>
    </div>
  );
}
