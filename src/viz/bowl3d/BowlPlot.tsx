/**
 * The 3-D bowl: the same surface E(wᵢ, wⱼ) as a shaded mesh on a canvas, turned
 * by dragging (or the arrow keys), with the trajectory and the current point on
 * an overlay canvas. The mesh is painted once per grid, camera or size; the
 * overlay follows every frame through the per-frame channel.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatNumber } from '../../notation';
import { useAppStore, useFrames, type RunSnapshot } from '../../store';
import { fitWindow, type Window2 } from '../shared/domain';
import { useDrag } from '../shared/useDrag';
import { sizedCanvas } from '../shared/sizedCanvas';
import { useSize } from '../shared/useSize';
import { useSlice } from '../shared/useSlice';
import { useSurface } from '../surface/useSurface';
import { setAttrs } from '../shared/setAttrs';
import { onBowl, paintTrajectory } from './paintMarks';
import { paintMesh } from './paintMesh';
import { heightScale, projector, type Camera } from './projection';

const PITCH_MIN = 0.15;
const PITCH_MAX = 1.45;

/** The rotatable 3-D error bowl. */
export function BowlPlot() {
  const { problem, activation, loss, i, j, snap, runner, path, fitXs, fitYs, family, key, labelI, labelJ } = useSlice();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const store = useAppStore();
  const [view, setView] = useState<Camera>({ yaw: -0.6, pitch: 0.75 });
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<HTMLCanvasElement>(null);

  const wi = snap.w[i];
  const wj = snap.w[j];
  const winRef = useRef<{ win: Window2 | null; runner: unknown }>({ win: null, runner });
  if (winRef.current.runner !== runner) {
    if (snap.step === 0) winRef.current.win = null;
    winRef.current.runner = runner;
  }
  winRef.current.win = fitWindow(winRef.current.win, fitXs, fitYs, 1);
  const win = winRef.current.win;
  const windowKey = [win.x0, win.x1, win.y0, win.y1].map((v) => v.toPrecision(8)).join(',');
  const grid = useSurface({ problem, w: snap.w, i, j, activation, loss, ...win }, `${key}|${windowKey}`, {}, family);

  // Drag to turn.
  useDrag(canvasRef, {
    move: (e) => setView((v) => ({ yaw: v.yaw + e.dx * 0.01, pitch: Math.min(PITCH_MAX, Math.max(PITCH_MIN, v.pitch + e.dy * 0.01)) })),
  });

  // The mesh: once per grid, camera or size. Heights are sorted once per grid.
  const z = useMemo(() => (grid ? heightScale(grid.values) : null), [grid]);
  const project = useMemo(() => (grid && z ? projector(grid, z, view, { width, height }) : null), [grid, z, view, width, height]);
  useEffect(() => {
    const ctx = sizedCanvas(canvasRef.current, width, height);
    if (!ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!grid || !project) return;
    paintMesh(ctx, grid, project);
    // How many meshes were painted: the bench reads it to see the bowl follow a moving slice.
    const canvas = canvasRef.current;
    if (canvas) canvas.dataset.draws = String(Number(canvas.dataset.draws ?? 0) + 1);
  }, [grid, project, width, height]);

  // The trajectory: on the overlay canvas after each render (its colour read from the theme then).
  useLayoutEffect(() => {
    const canvas = overlayRef.current;
    const ctx = sizedCanvas(canvas, width, height);
    if (!canvas || !ctx || !grid || !project) return;
    const colour = getComputedStyle(canvas).getPropertyValue('--fg').trim() || '#000';
    paintTrajectory(ctx, { width, height }, grid, project, path, colour);
  });
  // The point and the trajectory's head: every frame.
  const pointRef = useRef<SVGCircleElement>(null);
  const headRef = useRef<SVGLineElement>(null);
  const end = path.length > 0 && grid && project ? onBowl(grid, project, path.wi[path.length - 1], path.wj[path.length - 1]) : null;
  const place = (s: RunSnapshot) => {
    const p = grid && project && s.w.length > Math.max(i, j) ? onBowl(grid, project, s.w[i], s.w[j]) : null;
    setAttrs(pointRef.current, p ? { cx: p.sx, cy: p.sy } : {}, p !== null);
    setAttrs(headRef.current, p && end ? { x1: end.sx, y1: end.sy, x2: p.sx, y2: p.sy } : {}, p !== null && end !== null);
  };
  useLayoutEffect(() => place(store.getState().frames.current));
  useFrames(place);

  const onKey = (e: KeyboardEvent<HTMLCanvasElement>) => {
    const turn = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] }[e.key];
    if (!turn) return;
    e.preventDefault();
    e.stopPropagation();
    setView((v) => ({ yaw: v.yaw + turn[0], pitch: Math.min(PITCH_MAX, Math.max(PITCH_MIN, v.pitch + turn[1])) }));
  };

  return (
    <div className="plot surface-plot">
      <p className="hint">
        The bowl E({labelI}, {labelJ}): drag to turn it, or focus it and use the arrow keys.
      </p>
      <div className="plot-area layered" ref={wrapRef}>
      <canvas
        ref={canvasRef}
        style={{ width, height }}
        tabIndex={0}
        role="img"
        aria-roledescription="3-D surface"
        aria-label={`3-D bowl of E over ${labelI} and ${labelJ}, turned ${Math.round((view.yaw * 180) / Math.PI)}° and tilted ${Math.round((view.pitch * 180) / Math.PI)}°; current point (${formatNumber(wi)}, ${formatNumber(wj)}), E = ${formatNumber(snap.E)}. Arrow keys turn it.`}
        onKeyDown={onKey}
        data-testid="surface-plot"
        data-yaw={view.yaw.toFixed(3)}
      />
      <canvas ref={overlayRef} className="bowl-overlay" style={{ width, height }} aria-hidden="true" data-testid="surface-marks" />
      <svg width={width} height={height} className="marks-layer" aria-hidden="true">
        <line ref={headRef} className="bowl-head" />
        <circle ref={pointRef} r={7} className="bowl-point" data-testid="surface-point" />
      </svg>
      </div>
    </div>
  );
}
