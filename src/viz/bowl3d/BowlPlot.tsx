/**
 * The 3-D bowl: the same surface E(wᵢ, wⱼ) as a shaded mesh on a canvas, with
 * axes for wᵢ, wⱼ and E, turned by dragging (or the arrow keys); the trajectory on
 * an overlay canvas; the current point and the pending step Δw as SVG marks. The
 * mesh and axes are painted once per grid, camera, size or theme; the point and the
 * arrow follow every frame through the per-frame channel.
 */
import { RaceTrails, type PlaceRun } from '../shared/RaceTrails';
import { RaceMarkers } from '../shared/RaceMarkers';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber, reached } from '../../notation';
import { runMoving, useAppState, useAppStore, useFrames, useStage, type RunSnapshot } from '../../store';
import { ArrowHead } from '../shared/ArrowHead';
import { fitWindow, type Window2 } from '../shared/domain';
import { fixedWindow2, useFixedWindow, windowAttr } from '../shared/fixedWindow';
import { useDrag } from '../shared/useDrag';
import { touchFirst } from '../shared/touchFirst';
import { sizedCanvas } from '../shared/sizedCanvas';
import { useRootFontSize } from '../shared/useFontSize';
import { useSize } from '../shared/useSize';
import { useSlice } from '../shared/useSlice';
import { useSurface } from '../surface/useSurface';
import { setAttrs } from '../shared/setAttrs';
import { onBowl, paintTrajectory } from './paintMarks';
import { bowlAxes, paintAxisLabels, paintAxisLines, tickLabels } from './paintAxes';
import { MESH, MESH_MOVING, meshCells, paintMesh } from './paintMesh';
import { heightScale, projector, type Camera } from './projection';
import { arrowShown, landingError, stepArrow } from './stepArrow';

const PITCH_MIN = 0.15;
const PITCH_MAX = 1.45;

/** The rotatable 3-D error bowl. */
export function BowlPlot() {
  const { problem, activation, loss, i, j, snap, runner, path, home, fitXs, fitYs, family, key, labelI, labelJ } = useSlice();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const store = useAppStore();
  const [view, setView] = useState<Camera>({ yaw: -0.6, pitch: 0.75 });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);
  const fontPx = useRootFontSize();
  const theme = useAppState((s) => s.theme);

  const wi = snap.w[i];
  const wj = snap.w[j];
  const winRef = useRef<{ win: Window2 | null; runner: unknown }>({ win: null, runner });
  if (winRef.current.runner !== runner) {
    if (snap.step === 0) winRef.current.win = null;
    winRef.current.runner = runner;
  }
  winRef.current.win = fitWindow(winRef.current.win, fitXs, fitYs, 1);
  // A window fixed by the link (window=) is drawn exactly, as in the other views.
  const fixed = useFixedWindow();
  const win = fixedWindow2(fixed, winRef.current.win, 1) ?? winRef.current.win;
  const windowKey = [win.x0, win.x1, win.y0, win.y1].map((v) => v.toPrecision(8)).join(',');
  const grid = useSurface({ problem, w: snap.w, i, j, activation, loss, ...win }, `${key}|${windowKey}`, {}, family);

  // Drag to turn.
  // Mouse and pen turn it; a finger scrolls the page (the bowl fills the screen on a phone), and turns it with ↺ ↻.
  useDrag(
    canvasRef,
    { move: (e) => setView((v) => ({ yaw: v.yaw + e.dx * 0.01, pitch: Math.min(PITCH_MAX, Math.max(PITCH_MIN, v.pitch + e.dy * 0.01)) })) },
    { touch: false },
  );
  const touch = touchFirst();
  // In step-through, the plot shows only what the parts have reached (styles.css hides the arrow before the gradient).
  const stage = useStage();
  // While a run moves the slice the mesh is repainted often: it is drawn coarser then (MESH_MOVING).
  const moving = useAppState(runMoving);
  const turnBy = (yaw: number) => setView((v) => ({ ...v, yaw: v.yaw + yaw }));

  // The mesh and its axes: once per grid, camera, size or theme. Heights are sorted once per grid.
  const z = useMemo(() => (grid ? heightScale(grid.values) : null), [grid]);
  // Room round the box for the axes' labels, in proportion to the type (larger in the projector theme).
  const project = useMemo(
    () => (grid && z ? projector(grid, z, view, { width, height }, { x: 3.5 * fontPx, top: 0.6 * fontPx, bottom: 1.8 * fontPx }) : null),
    [grid, z, view, width, height, fontPx],
  );
  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = sizedCanvas(canvas, width, height);
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!grid || !z || !project) return;
    const axes = bowlAxes(grid, z, project, { i: labelI, j: labelJ }, fontPx);
    const css = getComputedStyle(canvas);
    const fg = css.getPropertyValue('--fg').trim() || '#000';
    const style = { line: fg, title: fg, text: css.getPropertyValue('--muted').trim() || fg, fontPx, family: css.fontFamily || 'sans-serif' };
    // Axis lines under the mesh (the bowl hides what is behind it), labels over it (always readable).
    paintAxisLines(ctx, axes, style);
    paintMesh(ctx, grid, project, moving ? MESH_MOVING : MESH);
    canvas.dataset.cells = String(meshCells(grid.G, moving ? MESH_MOVING : MESH));
    paintAxisLabels(ctx, axes, style);
    canvas.dataset.ticks = JSON.stringify(tickLabels(axes));
    // How many meshes were painted: the bench reads it to see the bowl follow a moving slice.
    canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
    // The theme is read through the CSS colours above: a new theme repaints.
  }, [grid, z, project, width, height, fontPx, theme, labelI, labelJ, moving]);

  // The trajectory: on the overlay canvas after each render (its colour read from the theme then).
  useLayoutEffect(() => {
    const canvas = overlayRef.current;
    const ctx = sizedCanvas(canvas, width, height);
    if (!canvas || !ctx || !grid || !project) return;
    const colour = getComputedStyle(canvas).getPropertyValue('--fg').trim() || '#000';
    paintTrajectory(ctx, { width, height }, grid, project, path, colour);
  });
  // The point, the trajectory's head and the pending step: every frame.
  const pointRef = useRef<SVGCircleElement>(null);
  const headRef = useRef<SVGLineElement>(null);
  const stepRef = useRef<SVGLineElement>(null);
  const end = path.length > 0 && grid && project ? onBowl(grid, project, path.wi[path.length - 1], path.wj[path.length - 1]) : null;
  const place = (s: RunSnapshot) => {
    // A snapshot of the next problem can come before this plot renders it: the render places the marks then.
    const fits = s.w.length === problem.k * problem.d && s.w.length > Math.max(i, j);
    const p = grid && project && fits ? onBowl(grid, project, s.w[i], s.w[j]) : null;
    setAttrs(pointRef.current, p ? { cx: p.sx, cy: p.sy } : {}, p !== null);
    setAttrs(headRef.current, p && end ? { x1: end.sx, y1: end.sy, x2: p.sx, y2: p.sy } : {}, p !== null && end !== null);
    const landing = p && project ? landingError({ problem, activation, loss }, s.w, s.dw, i, j) : NaN;
    const arrow = p && project ? stepArrow(project, p, { wi: s.w[i], wj: s.w[j], dwi: s.dw[i], dwj: s.dw[j] }, landing) : null;
    setAttrs(stepRef.current, arrow ?? {}, arrowShown(arrow));
  };
  useLayoutEffect(() => place(store.getState().frames.current));
  useFrames(place);
  // A race's other runs, lifted onto the drawn bowl as the run's own trajectory is.
  const placeRun: PlaceRun = (w, at) => {
    const p = grid && project ? onBowl(grid, project, w[at + i], w[at + j]) : null;
    return p ? [p.sx, p.sy] : [NaN, NaN];
  };

  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const turn = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[e.key];
    if (!turn) return;
    e.preventDefault();
    e.stopPropagation();
    setView((v) => ({ yaw: v.yaw + turn[0], pitch: Math.min(PITCH_MAX, Math.max(PITCH_MIN, v.pitch + turn[1])) }));
  };

  return (
    <div className="plot surface-plot" data-stage={stage ?? undefined} data-window={windowAttr(win.x0, win.x1, win.y0, win.y1)}>
      <div className="plot-tools">
        <span className="zoom-buttons">
          <button type="button" aria-label="Turn the bowl left" title="Turn the bowl left" onClick={() => turnBy(-Math.PI / 12)}>
            ↺
          </button>
          <button type="button" aria-label="Turn the bowl right" title="Turn the bowl right" onClick={() => turnBy(Math.PI / 12)}>
            ↻
          </button>
        </span>
        <span className="hint">
          The bowl E({labelI}, {labelJ}): {touch ? 'turn it with ↺ ↻' : 'drag to turn it, or focus it and use the arrow keys'}.
        </span>
      </div>
      <div className="plot-area layered" ref={wrapRef}>
      <canvas
        ref={canvasRef}
        style={{ width, height }}
        tabIndex={0}
        role="img"
        aria-roledescription="3-D surface"
        aria-label={`3-D bowl of E over ${labelI} and ${labelJ}, turned ${Math.round((view.yaw * 180) / Math.PI)}° and tilted ${Math.round((view.pitch * 180) / Math.PI)}°${home ? `; its bottom near the start is at about (${formatNumber(home.wi, 3)}, ${formatNumber(home.wj, 3)})` : ''}; current point (${formatNumber(wi)}, ${formatNumber(wj)}), E = ${formatNumber(snap.E)}, ${reached('gradient', stage) ? `next step Δ = (${formatNumber(snap.dw[i])}, ${formatNumber(snap.dw[j])})` : 'the step is not worked out yet'}. Arrow keys turn it.`}
        onKeyDown={onKey}
        data-testid="surface-plot"
        data-yaw={view.yaw.toFixed(3)}
      />
      <canvas ref={overlayRef} className="bowl-overlay" style={{ width, height }} aria-hidden="true" data-testid="surface-marks" />
      <svg width={width} height={height} className="marks-layer" aria-hidden="true">
        <defs>
          <ArrowHead id="bowl-arrow" size={14} className="arrow-head" />
        </defs>
        <RaceTrails place={placeRun} />
        <RaceMarkers place={placeRun} px={fontPx} />
        <line ref={headRef} className="bowl-head" />
        <line ref={stepRef} className="contour-step" markerEnd="url(#bowl-arrow)" data-testid="surface-step" />
        <circle ref={pointRef} r={7} className="bowl-point" data-testid="surface-point" />
      </svg>
      </div>
    </div>
  );
}
