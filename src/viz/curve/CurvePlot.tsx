/**
 * The 1-D view: E as a function of one weight wᵢ with the others held at their
 * current values, the current weight as a draggable marker, the tangent (slope
 * ∂E/∂wᵢ), the pending step Δwᵢ as an arrow to scale on the w axis, where that
 * step lands, and the trail of earlier steps. React draws the curve, axes and
 * trail when the store's snapshot changes (a few times a second while playing);
 * the moving marks follow every frame through the per-frame channel (curveMarks.ts).
 * The window follows the run with hysteresis, or is fixed by the link; Fit frames
 * the run (useCurveWindow.ts); the root exposes it as `data-window="from,to"`.
 */
import { RaceTrails, type PlaceRun } from '../shared/RaceTrails';
import { RaceMarkers } from '../shared/RaceMarkers';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { recentSeries } from '../../engine';
import { formatNumber, labelOfWeight, reached } from '../../notation';
import { useAppState, useAppStore, useFrames, useStage, type RunSnapshot } from '../../store';
import { ArrowHead } from '../shared/ArrowHead';
import { Axis, axisGutter, axisTicks } from '../shared/Axis';
import { argMin } from '../shared/domain';
import { FitButton } from '../shared/FitButton';
import { fixedInterval, useFixedWindow, windowAttr } from '../shared/fixedWindow';
import { objectId } from '../shared/useSlice';
import { createGlider, type Glider } from '../shared/glider';
import { useDrag } from '../shared/useDrag';
import { useRootFontSize } from '../shared/useFontSize';
import { useReducedMotion } from '../shared/useReducedMotion';
import { useSize } from '../shared/useSize';
import { placeCurveMarks, type CurveGeometry, type CurveMarkEls } from './curveMarks';
import { evaluateCurve, linspace, lowestPoint, useCurveLine } from './useCurveLine';
import { useCurveWindow } from './useCurveWindow';

/** Half-width of the scan for the bowl's bottom around the starting weight. */
const HOME_SCAN = 8;
/** Above this speed (steps per second) the marker jumps instead of gliding. */
export const GLIDE_MAX_SPEED = 6;
const MARGIN = { top: 28, right: 24 };
/** Height of the lane above the w axis where the step arrow Δwᵢ is drawn, below E = 0. */
const LANE = 46;

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

  const label = labelOfWeight(problem, axis);
  const wCur = snap.w[axis];
  const model = { problem, activation, loss, axis };

  // Where this run started and where the bowl's bottom is near it (once per run).
  const home = useMemo(() => {
    const w0 = history.count > 0 ? Array.from(history.w.slice(0, history.dims)) : snap.w;
    const start = w0[axis];
    const values = linspace(start - HOME_SCAN, start + HOME_SCAN, 161);
    const best = argMin(evaluateCurve({ ...model, w: w0 }, values));
    return best < 0 ? [start] : [start, values[best]];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per run
  }, [runner, axis, activation, loss]);

  // Earlier weights, drawn on the current slice: with several weights the curve moves as the
  // others change, and a point off the curve would read as a jump the run never made.
  const trailW = recentSeries(history, axis).filter((p) => p.step < snap.step && Number.isFinite(p.w));

  // The window follows the run with hysteresis, or is the one a link fixed (useCurveWindow.ts).
  const fixed = fixedInterval(useFixedWindow());
  const win = useCurveWindow({
    family: `${objectId(problem)}|${activation}|${loss}|${axis}`,
    runner,
    step: snap.step,
    points: [...home, ...trailW.map((p) => p.w), wCur, wCur + snap.dw[axis]],
    frozen: dragging,
    fixed,
  });
  const domain = win.domain;

  // The curve depends on the other weights only: with one weight it never changes during a run.
  const others = snap.w.filter((_, q) => q !== axis).join(',');
  const family = `${activation}|${loss}|${axis}|${problem.N}x${problem.d}x${problem.k}`;
  const curve = useCurveLine({ ...model, w: snap.w, domain }, `${family}|${others}|${domain[0]},${domain[1]}|${problem.N}`, family);
  const trailE = evaluateCurve({ ...model, w: snap.w }, Float64Array.from(trailW, (p) => p.w));
  const trail = trailW.map((p, n) => ({ step: p.step, w: p.w, E: trailE[n] })).filter((p) => Number.isFinite(p.E));

  // The E axis fits the curve within the w range (and the point), with the same hysteresis.
  let eNeed = Number.isFinite(snap.E) ? snap.E : 0;
  if (curve) for (let g = 0; g < curve.es.length; g++) if (curve.es[g] > eNeed && curve.xs[g] >= domain[0] && curve.xs[g] <= domain[1] && Number.isFinite(curve.es[g])) eNeed = curve.es[g];
  const yTop = win.eTop(eNeed);
  // Margins follow the type size (projector) and the longest tick label (E can reach 1e12).
  const tickPx = 0.8 * fontPx;
  const yProbe = scaleLinear().domain([0, yTop]).nice();
  const left = axisGutter(axisTicks(yProbe, 6), tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 22);
  const innerW = Math.max(120, width - left - MARGIN.right);
  const innerH = Math.max(120, height - MARGIN.top - bottom);
  const x = scaleLinear().domain(domain).range([0, innerW]);
  const y = yProbe.copy().range([innerH - LANE, 0]);

  const curvePath = curve
    ? (line<number>()
        .defined((g) => Number.isFinite(curve.es[g]) && Number.isFinite(y(curve.es[g])))
        .x((g) => x(curve.xs[g]))
        .y((g) => y(curve.es[g]))(Array.from(curve.xs.keys())) ?? '')
    : '';
  const trailPath = line<{ w: number; E: number }>()
    .x((p) => x(p.w))
    .y((p) => y(p.E))(trail) ?? '';
  // A race's other runs: each at its own weight on the axis and its own E (off the curve when its other weights differ).
  const placeRun: PlaceRun = (w, at, E) => [x(w[at + axis]), y(E)];
  const geometry: CurveGeometry = { x, y, innerW, arrowY: innerH - 14, half: 0.16 * (domain[1] - domain[0]), label, trailEnd: trail.at(-1) ?? null, slopeShown: reached('gradient', stage) };

  // The moving marks: placed after each render and on every frame, gliding at slow speeds.
  const els = useRef<CurveMarkEls>({ marker: null, markerLabel: null, markerTitle: null, drop: null, tangent: null, arrow: null, arrowLine: null, arrowDot: null, arrowLabel: null, next: null, head: null });
  const frameOf = (s: RunSnapshot) => {
    // The slope of the drawn curve: the pending gradient in batch mode; otherwise the pending step
    // follows some records only, and the slope of E over all of them is a central difference.
    const w = s.w[axis];
    const eps = 1e-6 * Math.max(1, Math.abs(w));
    const [lo, hi, nextE] = evaluateCurve({ ...model, w: s.w }, Float64Array.of(w - eps, w + eps, w + s.dw[axis]));
    const records = mode === 'batch' || s.batch.length === 0 ? '' : ` (record${s.batch.length > 1 ? 's' : ''} ${s.batch.map((m) => m + 1).join(', ')})`;
    return { w, E: s.E, dw: s.dw[axis], slope: mode === 'batch' ? s.grad[axis] : (hi - lo) / (2 * eps), nextE, records };
  };
  const latest = useRef({ frame: frameOf(snap), geometry, texts: true });
  latest.current.geometry = geometry;
  const glider = useRef<Glider | null>(null);
  const glideOn = !reduced && !dragging && (!playing || speed <= GLIDE_MAX_SPEED);
  const glideMs = playing ? Math.min(450, 800 / speed) : 320;
  const follow = (s: RunSnapshot, animate: boolean, texts: boolean) => {
    // A snapshot of the next problem can come before this plot renders it: the render places the marks then.
    if (s.w.length !== problem.k * problem.d) return;
    const frame = frameOf(s);
    latest.current.frame = frame;
    latest.current.texts = texts;
    glider.current ??= createGlider({ a: frame.w, b: 0, E: frame.E }, (p, from) =>
      placeCurveMarks(els.current, latest.current.frame, { w: p.a, E: p.E, from: from && { w: from.a, E: from.E } }, latest.current.geometry, latest.current.texts),
    );
    glider.current.to({ a: frame.w, b: 0, E: frame.E }, animate && s.step > 0, glideMs);
  };
  useLayoutEffect(() => follow(store.getState().frames.current, glideOn, true));
  useFrames((s) => follow(s, glideOn, store.getState().frames.textDue(s)));
  useEffect(() => () => glider.current?.stop(), []);

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
    const dir = ['ArrowRight', 'ArrowUp', 'PageUp'].includes(e.key) ? 1 : ['ArrowLeft', 'ArrowDown', 'PageDown'].includes(e.key) ? -1 : 0;
    if (!dir) return;
    e.preventDefault();
    e.stopPropagation();
    // Arrows move 1% of the visible range; Shift or Page keys 10%.
    const stepSize = (domain[1] - domain[0]) / (e.shiftKey || e.key.startsWith('Page') ? 10 : 100);
    store.getState().setWeight(axis, Number((store.getState().frames.current.w[axis] + dir * stepSize).toPrecision(6)));
  };

  // Fit: frames the run from scratch, letting go of a window the link fixed.
  const onFit = () => {
    store.getState().setPlotWindow(null);
    win.fit();
  };

  const f = frameOf(snap);
  const lowest = curve ? lowestPoint(curve) : null;
  const description =
    `Error curve E(${label}) for ${label} from ${formatNumber(domain[0])} to ${formatNumber(domain[1])}` +
    `${lowest ? `; its lowest point in view is near ${label} = ${formatNumber(lowest.x, 3)} (E = ${formatNumber(lowest.E, 3)})` : ''}` +
    `. The point: ${label} = ${formatNumber(wCur)}, E = ${formatNumber(snap.E)}, ${reached('gradient', stage) ? `slope ∂E/∂${label} = ${formatNumber(f.slope)}, next step Δ${label} = ${formatNumber(snap.dw[axis])}${f.records}` : 'the step is not worked out yet'}.`;
  const ref = <K extends keyof CurveMarkEls>(k: K) => (el: CurveMarkEls[K]) => {
    els.current[k] = el;
  };

  return (
    <div className="plot curve-plot" ref={wrapRef} data-stage={stage ?? undefined} data-window={windowAttr(...domain)} data-e-top={y.domain()[1]}>
      <svg width={width} height={height} role="img" aria-label={description} data-testid="curve-plot">
        <defs>
          <clipPath id="curve-clip">
            <rect x={0} y={-4} width={innerW} height={innerH - LANE + 4} />
          </clipPath>
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <Axis scale={x} orient="bottom" at={innerH} label={`weight ${label}`} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label="error E" labelOffset={left - fontPx} />
          <g clipPath="url(#curve-clip)">
            <path d={curvePath} className="curve" data-testid="curve-path" />
            {trail.length > 0 && <path d={trailPath} className="trail" />}
            {trail.map((p, n) => (
              <circle key={n} cx={x(p.w)} cy={y(p.E)} r={3.5} className="trail-dot" opacity={0.25 + (0.6 * (n + 1)) / trail.length} />
            ))}
            <RaceTrails place={placeRun} />
          </g>
          <line x1={0} x2={innerW} y1={innerH - LANE} y2={innerH - LANE} className="zero-line" />
        </g>
      </svg>
      {/* The moving marks on a layer of their own: a frame repaints them, not the curve and axes below. */}
      <svg width={width} height={height} className="marks-layer">
        <defs>
          <clipPath id="curve-marks-clip">
            <rect x={0} y={-4} width={innerW} height={innerH - LANE + 4} />
          </clipPath>
          <ArrowHead id="arrow-head" size={14} className="arrow-head" orient="auto-start-reverse" />
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <g clipPath="url(#curve-marks-clip)">
            <line ref={ref('tangent')} className="tangent" data-testid="tangent" />
            <line ref={ref('head')} className="trail" />
            <circle ref={ref('next')} r={6} className="next-point" data-testid="next-point" />
            <RaceMarkers place={placeRun} px={fontPx} />
          </g>
          <line ref={ref('drop')} className="drop-line" />
          <g ref={ref('arrow')} className="step-arrow" data-testid="step-arrow">
            <line ref={ref('arrowLine')} markerEnd="url(#arrow-head)" />
            <circle ref={ref('arrowDot')} r={2.5} />
            <text ref={ref('arrowLabel')} textAnchor="middle" className="arrow-label" />
          </g>
          <g
            ref={(el) => {
              markerRef.current = el;
              els.current.marker = el;
            }}
            className="marker"
            tabIndex={0}
            role="slider"
            aria-label={`${label} on the curve: drag, or use the arrow keys`}
            aria-valuemin={domain[0]}
            aria-valuemax={domain[1]}
            aria-orientation="horizontal"
            onKeyDown={onMarkerKey}
            data-testid="marker"
          >
            <circle r={16} className="marker-hit" />
            <circle r={8} className="marker-dot" />
            <text ref={ref('markerLabel')} y={-16} className="marker-label" />
            <title ref={ref('markerTitle')} />
          </g>
        </g>
      </svg>
      <FitButton className="plot-corner-tool" onFit={onFit} />
    </div>
  );
}
