/**
 * The 2-D view: filled contour bands of E(wᵢ, wⱼ) with log-spaced levels and a
 * legend, the run's trajectory, the current point, the step arrow Δw to scale, an
 * optional field of −∇E arrows. Click to start a new run there, drag the point,
 * zoom and pan (useZoom.ts), Fit. One unit is as long across as up (unless a
 * link fixed another window). The window and the colour levels stay put until the
 * map is re-framed (framing.ts: moving the start never does); the root exposes the
 * window shown as `data-window="x0,x1,y0,y1"`.
 */
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { pointer } from 'd3-selection';
import { useAppStore, useFrames, useStage, type RunSnapshot } from '../../store';
import { ArrowHead } from '../shared/ArrowHead';
import { Axis, axisGutter } from '../shared/Axis';
import { contourGeometry, gradientField, polygonPath } from './contourPaths';
import { FitButton } from '../shared/FitButton';
import { useFixedWindow, windowAttr } from '../shared/fixedWindow';
import { framingKey } from './framing';
import { useContourFrame } from './useContourFrame';
import { touchFirst } from '../shared/touchFirst';
import { useZoom, zoomKey } from './useZoom';
import { placeContourMarks, type ContourMarkEls } from './contourMarks';
import { Legend } from './Legend';
import { bandColour } from './paintBands';
import { useBandsCanvas } from './useBandsCanvas';
import { useRootFontSize } from '../shared/useFontSize';
import { useDrag } from '../shared/useDrag';
import { polyline } from '../shared/polyline';
import { RaceTrails, type PlaceRun } from '../shared/RaceTrails';
import { RaceMarkers } from '../shared/RaceMarkers';
import { useSize } from '../shared/useSize';
import { useSlice } from '../shared/useSlice';
import { useSurface } from '../surface/useSurface';
import { formatNumber, reached } from '../../notation';

const MARGIN = { top: 16, right: 16 };
/** Width of the colour legend and its labels ("0.0028"), for tick labels of `tickPx`. */
const legendWidth = (tickPx: number) => Math.max(86, Math.ceil(24 + 4 * tickPx));
/** Arrows per side in the −∇E field. */
const FIELD_COUNT = 14;

/** The contour map of the error landscape over two weights. */
export function ContourPlot() {
  const store = useAppStore();
  const stage = useStage();
  const { problem, activation, loss, i, j, snap, path, home, fitXs, fitYs, family, key, labelI, labelJ } = useSlice();
  const fontPx = useRootFontSize();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const [field, setField] = useState(false);
  const svgRef = useRef<SVGSVGElement>(null);
  const { transform: zoomT, reset: resetZoom, zoomBy } = useZoom(svgRef);
  const touch = touchFirst();
  const [dragging, setDragging] = useState(false);

  const wi = snap.w[i];
  const wj = snap.w[j];
  const dwi = snap.dw[i];
  const dwj = snap.dw[j];

  const tickPx = 0.8 * fontPx;
  const left = axisGutter([{ text: '−0.000' }], tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 22);
  const innerW = Math.max(120, width - left - MARGIN.right - legendWidth(tickPx));
  const innerH = Math.max(120, height - MARGIN.top - bottom);

  // The base window and the colour levels: kept until the map is re-framed; zoom and pan act on top.
  const zoomed = zoomKey(zoomT);
  const fixed = useFixedWindow();
  const frame = useContourFrame({ family, aspect: innerW / innerH, zoom: zoomed, fixed, point: [wi, wj], frozen: dragging, fitXs, fitYs });
  const base = frame.framing.base;
  const xBase = scaleLinear().domain([base.x0, base.x1]).range([0, innerW]);
  const yBase = scaleLinear().domain([base.y0, base.y1]).range([innerH, 0]);
  const x = zoomT.rescaleX(xBase);
  const y = zoomT.rescaleY(yBase);
  const [vx0, vx1] = x.domain();
  const [vy0, vy1] = y.domain();

  const spec = { problem, w: snap.w, i, j, activation, loss, x0: vx0, x1: vx1, y0: vy0, y1: vy1 };
  const windowKey = [vx0, vx1, vy0, vy1].map((v) => v.toPrecision(8)).join(',');
  // The worker paints the bands at the plot's size in device pixels (where it has OffscreenCanvas).
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const paint = { width: Math.round(innerW * ratio), height: Math.round(innerH * ratio), ratio };
  const surfaceKey = `${key}|${windowKey}|${paint.width}x${paint.height}${framingKey(frame.framing.id)}`;
  // The levels are read when a grid is asked for: those this render adopts (below) count already.
  const surfaceOptions = { contours: true, paint, levels: frame.framing.levels ?? undefined };
  const grid = useSurface(spec, surfaceKey, surfaceOptions, family);
  const framing = frame.adopt(grid);
  surfaceOptions.levels = framing.levels ?? undefined;

  // Per grid: the geometry. Per framing: the levels and colours (the legend). Per grid and view: the hatched region and the arrows.
  const geometry = useMemo(() => (grid ? (grid.geometry ?? contourGeometry(grid, framing.levels ?? undefined)) : null), [grid, framing.levels]);
  const levels = framing.levels ?? geometry?.levels ?? null;
  const shape = useMemo(() => (geometry && levels ? { geometry, levels, colour: bandColour(levels) } : null), [geometry, levels]);
  const drawn = useMemo(() => {
    if (!grid || !shape) return null;
    const bad = shape.geometry.bad;
    const px = scaleLinear().domain([vx0, vx1]).range([0, innerW]);
    const py = scaleLinear().domain([vy0, vy1]).range([innerH, 0]);
    return {
      ...shape,
      bad: bad ? polygonPath(bad, grid, px, py) : null,
      arrows: field ? gradientField(grid, FIELD_COUNT) : [],
    };
  }, [grid, shape, innerW, innerH, field, vx0, vx1, vy0, vy1]);

  const bandsRef = useRef<HTMLCanvasElement>(null);
  useBandsCanvas(bandsRef, grid, drawn?.geometry ?? null, { width, height, left, top: MARGIN.top, innerW, innerH, view: [vx0, vx1, vy0, vy1] });

  // Fit: zoom and pan undone, a window the link fixed let go, the run framed from scratch.
  const onFit = () => {
    resetZoom();
    store.getState().setPlotWindow(null);
    frame.fit();
  };

  // Dragging the point; clicking elsewhere starts a new run there.
  const pointRef = useRef<SVGGElement>(null);
  useDrag(pointRef, {
    start() {
      store.getState().pause();
      setDragging(true);
    },
    move: (e) => moveTo(i, x.invert(e.x), j, y.invert(e.y)),
    end: () => setDragging(false),
  });
  function moveTo(a: number, va: number, b: number, vb: number) {
    if (!Number.isFinite(va) || !Number.isFinite(vb)) return;
    const w = Array.from(store.getState().runner.w);
    w[a] = Number(va.toPrecision(6));
    w[b] = Number(vb.toPrecision(6));
    store.getState().setWeights(w);
  }
  const onClick = (e: MouseEvent<SVGRectElement>) => {
    if (e.defaultPrevented) return;
    const [px, py] = pointer(e.nativeEvent, e.currentTarget);
    store.getState().pause();
    moveTo(i, x.invert(px), j, y.invert(py));
  };
  const onPointKey = (e: KeyboardEvent<SVGGElement>) => {
    const d = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
    if (!d) return;
    e.preventDefault();
    e.stopPropagation();
    const unit = (vx1 - vx0) / (e.shiftKey ? 10 : 100);
    moveTo(i, wi + d[0] * unit, j, wj + d[1] * unit);
  };

  // The trajectory, thinned to what the pixels can show (4,096 points of a slow run are mostly on top of each other).
  const line = polyline();
  for (let n = 0; n < path.length; n++) line.add(x(path.wi[n]), y(path.wj[n]));
  const trail = line.done();
  const start = path.length > 0 ? { wi: path.wi[0], wj: path.wj[0] } : null;
  // The moving marks: placed after each render and on every frame (contourMarks.ts).
  const els = useRef<ContourMarkEls>({ point: null, arrow: null, head: null });
  const pathEnd = path.length > 0 ? { wi: path.wi[path.length - 1], wj: path.wj[path.length - 1] } : null;
  const frameGeometry = { x, y, i, j, labelI, labelJ, pathEnd, slopeShown: reached('gradient', stage) };
  const place = (s: RunSnapshot) => placeContourMarks(els.current, s, frameGeometry);
  // A race's other runs, over the same two weights.
  const placeRun: PlaceRun = (w, at) => [x(w[at + i]), y(w[at + j])];
  useLayoutEffect(() => place(store.getState().frames.current));
  useFrames((s) => placeContourMarks(els.current, s, frameGeometry, store.getState().frames.textDue(s)));
  const description = `Contour map of E over ${labelI} (across, ${formatNumber(vx0, 3)} to ${formatNumber(vx1, 3)}) and ${labelJ} (up, ${formatNumber(vy0, 3)} to ${formatNumber(vy1, 3)})${home ? `; the bottom of the bowl near the start is at about (${formatNumber(home.wi, 3)}, ${formatNumber(home.wj, 3)})` : ''}: current point (${formatNumber(wi)}, ${formatNumber(wj)}), E = ${formatNumber(snap.E)}, ${reached('gradient', stage) ? `next step Δ = (${formatNumber(dwi)}, ${formatNumber(dwj)})` : 'the step is not worked out yet'}; ${path.length} points of trajectory.${drawn?.bad ? ' Part of the window is out of range (E overflows there).' : ''}`;

  return (
    <div className="plot contour-plot" data-stage={stage ?? undefined} data-window={zoomed === '' ? windowAttr(base.x0, base.x1, base.y0, base.y1) : windowAttr(vx0, vx1, vy0, vy1)} data-framing={framing.reason}>
      <div className="plot-tools">
        <FitButton onFit={onFit} />
        <label className="toggle">
          <input type="checkbox" checked={field} onChange={(e) => setField(e.target.checked)} /> −∇E arrows
        </label>
        <span className="zoom-buttons">
          <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => zoomBy(1.5)}>
            +
          </button>
          <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => zoomBy(1 / 1.5)}>
            −
          </button>
        </span>
        <span className="hint">{touch ? 'Tap to start there · drag the point' : 'Click to start there · drag the point · scroll or + − to zoom'}</span>
      </div>
      <div className="plot-area layered" ref={wrapRef}>
      {/* The bands are many pixels: a canvas under the SVG marks paints them far cheaper than SVG paths. */}
      <canvas
        ref={bandsRef}
        className="bands-canvas"
        aria-hidden="true"
        data-testid="contour-bands"
        data-bands={drawn?.geometry.bandCount ?? 0}
        data-current={grid?.key === surfaceKey}
      />
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={description} data-testid="contour-plot">
        <defs>
          <clipPath id="contour-clip">
            <rect width={innerW} height={innerH} />
          </clipPath>
          <pattern id="out-of-range" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="oor-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="oor-line" />
          </pattern>
          <ArrowHead id="field-arrow" size={7} className="field-head" />
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <g clipPath="url(#contour-clip)">
            <rect width={innerW} height={innerH} className="contour-bg" onClick={onClick} data-testid="contour-bg" />
            {drawn?.bad && (
              <g pointerEvents="none">
                <path d={drawn.bad} fill="url(#out-of-range)" className="out-of-range" data-testid="out-of-range" />
              </g>
            )}
            {drawn?.arrows.map((a, n) => {
              const len = Math.hypot(a.gi, a.gj) || 1;
              const cell = innerW / FIELD_COUNT / 2.4;
              const x1 = x(a.wi);
              const y1 = y(a.wj);
              const ux = (x(a.wi + a.gi) - x(a.wi)) / (Math.hypot(x(a.wi + a.gi) - x(a.wi), y(a.wj + a.gj) - y(a.wj)) || 1);
              const uy = (y(a.wj + a.gj) - y(a.wj)) / (Math.hypot(x(a.wi + a.gi) - x(a.wi), y(a.wj + a.gj) - y(a.wj)) || 1);
              return len > 0 ? <line key={n} x1={x1} y1={y1} x2={x1 + ux * cell} y2={y1 + uy * cell} className="field-arrow" markerEnd="url(#field-arrow)" /> : null;
            })}
            {trail.kept > 1 && <path d={trail.d} className="trajectory" pointerEvents="none" data-testid="trajectory" data-points={trail.given} />}
            <RaceTrails place={placeRun} />
            {start && <rect x={x(start.wi) - 5} y={y(start.wj) - 5} width={10} height={10} className="start-mark" pointerEvents="none" />}
          </g>
          <Axis scale={x} orient="bottom" at={innerH} label={`weight ${labelI}`} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label={`weight ${labelJ}`} labelOffset={left - fontPx} />
          {drawn && drawn.levels.length > 1 && (
            <g transform={`translate(${innerW + 18},0)`}>
              <Legend levels={drawn.levels} colour={drawn.colour} height={innerH} tickPx={tickPx} />
            </g>
          )}
        </g>
      </svg>
      {/* The moving marks on a layer of their own: a frame repaints them, not the map, axes and legend. */}
      <svg width={width} height={height} className="marks-layer">
        <defs>
          <clipPath id="contour-marks-clip">
            <rect width={innerW} height={innerH} />
          </clipPath>
          <ArrowHead id="contour-arrow" size={14} className="arrow-head" />
        </defs>
        <g transform={`translate(${left},${MARGIN.top})`}>
          <g clipPath="url(#contour-marks-clip)">
            <line ref={(el) => void (els.current.head = el)} className="trajectory" />
            <line ref={(el) => void (els.current.arrow = el)} className="contour-step" markerEnd="url(#contour-arrow)" data-testid="contour-step" />
            <RaceMarkers place={placeRun} px={fontPx} />
          </g>
          <g
            ref={(el) => {
              pointRef.current = el;
              els.current.point = el;
            }}
            className="marker"
            tabIndex={0}
            role="slider"
            aria-label={`point (${labelI}, ${labelJ}): drag, or use the arrow keys (← → for ${labelI}, ↑ ↓ for ${labelJ})`}
            onKeyDown={onPointKey}
            data-testid="contour-point"
          >
            <circle r={16} className="marker-hit" />
            <circle r={7} className="marker-dot" />
            <title ref={(el) => void (els.current.pointTitle = el)} />
          </g>
        </g>
      </svg>
      </div>
      {drawn?.bad && <p className="note">Hatched: out of range — E overflows there (weights or inputs too large for this unit).</p>}
    </div>
  );
}
