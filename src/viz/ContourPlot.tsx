/**
 * The 2-D view: filled contour bands of E(wᵢ, wⱼ) with log-spaced levels and a
 * legend, the run's trajectory, the current point, the step arrow Δw to scale, an
 * optional field of −∇E arrows. Click to start a new run there, drag the point,
 * zoom and pan (d3-zoom), Reset view. One unit is as long across as up.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleLinear, scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import { pointer, select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { formatNumber } from '../engine';
import { useAppStore } from '../store';
import { ArrowHead } from './ArrowHead';
import { Axis, axisGutter } from './Axis';
import { contourGeometry, gradientField, polygonPath } from './contourPaths';
import { fitWindow, type Window2 } from './domain';
import { useRootFontSize } from './useFontSize';
import { useDrag } from './useDrag';
import { useSize } from './useSize';
import { useSlice } from './useSlice';
import { useSurface } from './useSurface';

const MARGIN = { top: 16, right: 16 };
/** Width of the colour legend and its labels. */
const LEGEND = 86;
/** Arrows per side in the −∇E field. */
const FIELD_COUNT = 14;

/** The contour map of the error landscape over two weights. */
export function ContourPlot() {
  const store = useAppStore();
  const { problem, activation, loss, i, j, snap, runner, path, home, key, labelI, labelJ } = useSlice();
  const fontPx = useRootFontSize();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const [field, setField] = useState(false);
  const [zoomT, setZoomT] = useState<ZoomTransform>(zoomIdentity);
  const [dragging, setDragging] = useState(false);

  const wi = snap.w[i];
  const wj = snap.w[j];
  const dwi = snap.dw[i];
  const dwj = snap.dw[j];

  const tickPx = 0.8 * fontPx;
  const left = axisGutter([{ text: '−0.000' }], tickPx);
  const bottom = Math.ceil(2 * tickPx + 1.2 * fontPx + 22);
  const innerW = Math.max(120, width - left - MARGIN.right - LEGEND);
  const innerH = Math.max(120, height - MARGIN.top - bottom);

  // The base window follows the run (sticky); zoom and pan act on top of it.
  const winRef = useRef<{ win: Window2 | null; runner: unknown; axes: string }>({ win: null, runner, axes: `${i},${j}` });
  const memo = winRef.current;
  if (!dragging && (memo.runner !== runner || memo.axes !== `${i},${j}`)) {
    if (memo.axes !== `${i},${j}` || snap.step === 0) memo.win = null;
    memo.runner = runner;
    memo.axes = `${i},${j}`;
  }
  const recent = path.slice(-64);
  if (!dragging && zoomT === zoomIdentity) {
    const xs = [wi, wi + dwi, ...recent.map((p) => p.wi), path[0]?.wi ?? wi, ...(home ? [home.wi] : [])];
    const ys = [wj, wj + dwj, ...recent.map((p) => p.wj), path[0]?.wj ?? wj, ...(home ? [home.wj] : [])];
    memo.win = fitWindow(memo.win, xs, ys, innerW / innerH);
  }
  const base = memo.win ?? { x0: wi - 1, x1: wi + 1, y0: wj - 1, y1: wj + 1 };
  const xBase = scaleLinear().domain([base.x0, base.x1]).range([0, innerW]);
  const yBase = scaleLinear().domain([base.y0, base.y1]).range([innerH, 0]);
  const x = zoomT.rescaleX(xBase);
  const y = zoomT.rescaleY(yBase);
  const [vx0, vx1] = x.domain();
  const [vy0, vy1] = y.domain();

  const spec = { problem, w: snap.w, i, j, activation, loss, x0: vx0, x1: vx1, y0: vy0, y1: vy1 };
  const windowKey = [vx0, vx1, vy0, vy1].map((v) => v.toPrecision(8)).join(',');
  const grid = useSurface(spec, `${key}|${windowKey}`, true);

  const drawn = useMemo(() => {
    if (!grid) return null;
    const { levels, bands: polys, bad } = grid.geometry ?? contourGeometry(grid);
    const colour = levels.length > 1 ? scaleSequentialLog(interpolateViridis).domain([levels[0], levels[levels.length - 1]]) : () => '#440154';
    const px = scaleLinear().domain([grid.x0, grid.x1]).range([0, innerW]);
    const py = scaleLinear().domain([grid.y0, grid.y1]).range([innerH, 0]);
    const bands = polys.map((b) => ({ value: b.value, d: polygonPath(b, grid, px, py), fill: colour(Math.max(b.value, levels[0])) }));
    return { levels, colour, bands, bad: bad ? polygonPath(bad, grid, px, py) : null, arrows: field ? gradientField(grid, FIELD_COUNT) : [] };
  }, [grid, innerW, innerH, field]);

  const bandsRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const canvas = bandsRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (!drawn) return;
    ctx.translate(left, MARGIN.top);
    ctx.beginPath();
    ctx.rect(0, 0, innerW, innerH);
    ctx.clip();
    ctx.lineWidth = 0.6;
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    for (const b of drawn.bands) {
      const path = new Path2D(b.d);
      ctx.fillStyle = b.fill;
      ctx.fill(path, 'evenodd');
      ctx.stroke(path);
    }
  }, [drawn, width, height, left, innerW, innerH]);

  // Zoom and pan: d3 owns the gesture, React owns the transform.
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 200])
      .on('zoom', (e: { transform: ZoomTransform }) => setZoomT(e.transform));
    zoomRef.current = z;
    select(svg).call(z).on('dblclick.zoom', null);
    return () => {
      select(svg).on('.zoom', null);
    };
  }, []);
  const resetView = () => {
    const svg = svgRef.current;
    if (svg && zoomRef.current) select(svg).call(zoomRef.current.transform, zoomIdentity);
    setZoomT(zoomIdentity);
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

  const trail = path.map((p) => `${x(p.wi).toFixed(1)},${y(p.wj).toFixed(1)}`).join('L');
  const start = path[0];
  const arrowLen = Math.hypot(x(wi + dwi) - x(wi), y(wj + dwj) - y(wj));
  const legendScale = drawn && drawn.levels.length > 1 ? scaleLinear().domain([0, drawn.levels.length]).range([innerH, 0]) : null;
  const description = `Contour map of E over ${labelI} (across) and ${labelJ} (up): current point (${formatNumber(wi)}, ${formatNumber(wj)}), E = ${formatNumber(snap.E)}, next step Δ = (${formatNumber(dwi)}, ${formatNumber(dwj)}); ${path.length} points of trajectory.${drawn?.bad ? ' Part of the window is out of range (E overflows there).' : ''}`;

  return (
    <div className="plot contour-plot">
      <div className="plot-tools">
        <button type="button" onClick={resetView} disabled={zoomT === zoomIdentity}>
          Reset view
        </button>
        <label className="toggle">
          <input type="checkbox" checked={field} onChange={(e) => setField(e.target.checked)} /> −∇E arrows
        </label>
        <span className="hint">Click to start there · drag the point · scroll to zoom</span>
      </div>
      <div className="plot-area layered" ref={wrapRef}>
      {/* The bands are many pixels: a canvas under the SVG marks paints them far cheaper than SVG paths. */}
      <canvas ref={bandsRef} className="bands-canvas" aria-hidden="true" data-testid="contour-bands" data-bands={drawn?.bands.length ?? 0} />
      <svg ref={svgRef} width={width} height={height} role="img" aria-label={description} data-testid="contour-plot">
        <defs>
          <clipPath id="contour-clip">
            <rect width={innerW} height={innerH} />
          </clipPath>
          <pattern id="out-of-range" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" className="oor-bg" />
            <line x1="0" y1="0" x2="0" y2="8" className="oor-line" />
          </pattern>
          <ArrowHead id="contour-arrow" size={14} className="arrow-head" />
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
            {path.length > 1 && <path d={`M${trail}`} className="trajectory" pointerEvents="none" data-testid="trajectory" />}
            {start && <rect x={x(start.wi) - 5} y={y(start.wj) - 5} width={10} height={10} className="start-mark" pointerEvents="none" />}
            {arrowLen >= 3 && (
              <line x1={x(wi)} y1={y(wj)} x2={x(wi + dwi)} y2={y(wj + dwj)} className="contour-step" markerEnd="url(#contour-arrow)" pointerEvents="none" data-testid="contour-step" />
            )}
          </g>
          <Axis scale={x} orient="bottom" at={innerH} label={`weight ${labelI}`} labelOffset={bottom - 8} />
          <Axis scale={y} orient="left" at={0} label={`weight ${labelJ}`} labelOffset={left - fontPx} />
          <g
            ref={pointRef}
            className="marker"
            transform={`translate(${x(wi)},${y(wj)})`}
            tabIndex={0}
            role="slider"
            aria-label={`point (${labelI}, ${labelJ}): drag, or use the arrow keys (← → for ${labelI}, ↑ ↓ for ${labelJ})`}
            aria-valuenow={wi}
            aria-valuetext={`${labelI} = ${formatNumber(wi)}, ${labelJ} = ${formatNumber(wj)}`}
            onKeyDown={onPointKey}
            data-testid="contour-point"
          >
            <circle r={16} className="marker-hit" />
            <circle r={7} className="marker-dot" />
          </g>
          {legendScale && drawn && (
            <g transform={`translate(${innerW + 18},0)`} className="legend" data-testid="contour-legend">
              {drawn.levels.map((lv, n) => (
                <rect key={lv} y={legendScale(n + 1)} width={14} height={legendScale(n) - legendScale(n + 1)} fill={drawn.colour(lv)} />
              ))}
              {drawn.levels
                .filter((_, n) => n % Math.ceil(drawn.levels.length / Math.max(2, Math.floor(innerH / (tickPx * 2.2)))) === 0)
                .map((lv) => (
                  <text key={lv} x={18} y={legendScale(drawn.levels.indexOf(lv))} dy="0.32em" className="tick-label">
                    {formatNumber(lv, 2)}
                  </text>
                ))}
              <text x={0} y={-4} className="tick-label">
                E
              </text>
            </g>
          )}
        </g>
      </svg>
      </div>
      {drawn?.bad && <p className="note">Hatched: out of range — E overflows there (weights or inputs too large for this unit).</p>}
    </div>
  );
}

