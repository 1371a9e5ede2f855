/**
 * The 3-D bowl: the same surface E(wᵢ, wⱼ) as a shaded mesh on a canvas, turned
 * by dragging (or the arrow keys), with the trajectory and the current point on
 * it. Hand-written orthographic projection and painter's sort: a few dozen lines
 * instead of a 3-D library of several hundred kilobytes.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { scaleSequentialLog } from 'd3-scale';
import { interpolateViridis } from 'd3-scale-chromatic';
import type { Grid } from '../contour/contourPaths';
import { logLevels } from '../contour/contourPaths';
import { fitWindow, type Window2 } from '../shared/domain';
import { useDrag } from '../shared/useDrag';
import { useSize } from '../shared/useSize';
import { useSlice, type SlicePath } from '../shared/useSlice';
import { useSurface } from '../surface/useSurface';
import { formatNumber } from '../../notation';

/** Mesh cells per side drawn (the grid is sampled down to this). */
export const MESH = 40;
const PITCH_MIN = 0.15;
const PITCH_MAX = 1.45;

interface View {
  yaw: number;
  pitch: number;
}

/** Height of E on the drawn bowl: E clipped at a high quantile, so one huge rim does not flatten the bottom. */
function heightScale(values: Float64Array): (e: number) => number {
  const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  const lo = finite[0] ?? 0;
  const top = finite[Math.floor(finite.length * 0.9)] ?? 1;
  const span = top - lo || 1;
  return (e) => (Number.isFinite(e) ? Math.min(1, (e - lo) / span) : 1);
}

/** E at (wi, wj) by bilinear interpolation of the grid. */
function sample(grid: Grid, wi: number, wj: number): number {
  const { G, values } = grid;
  const u = ((wi - grid.x0) / (grid.x1 - grid.x0)) * (G - 1);
  const v = ((wj - grid.y0) / (grid.y1 - grid.y0)) * (G - 1);
  if (!(u >= 0 && v >= 0 && u <= G - 1 && v <= G - 1)) return NaN;
  const c = Math.min(G - 2, Math.floor(u));
  const r = Math.min(G - 2, Math.floor(v));
  const fu = u - c;
  const fv = v - r;
  const at = (rr: number, cc: number) => values[rr * G + cc];
  return (1 - fv) * ((1 - fu) * at(r, c) + fu * at(r, c + 1)) + fv * ((1 - fu) * at(r + 1, c) + fu * at(r + 1, c + 1));
}

/** Draws the bowl on `ctx`. Pure drawing: everything it needs comes in. */
function drawBowl(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number },
  grid: Grid,
  view: View,
  path: SlicePath,
  point: { wi: number; wj: number },
  colours: { fg: string; marker: string; trail: string },
): void {
  const { width, height } = size;
  ctx.clearRect(0, 0, width, height);
  const z = heightScale(grid.values);
  const levels = logLevels(grid.values);
  const colour = levels.length > 1 ? scaleSequentialLog(interpolateViridis).domain([levels[0], levels[levels.length - 1]]).clamp(true) : () => '#440154';
  const cy = Math.cos(view.yaw);
  const sy = Math.sin(view.yaw);
  const cp = Math.cos(view.pitch);
  const sp = Math.sin(view.pitch);
  const scale = Math.min(width, height) * 0.78;
  // Weight plane to [−½, ½]², height 0…0.55, then yaw about the vertical, pitch towards the viewer.
  const project = (wi: number, wj: number, e: number) => {
    const X = (wi - grid.x0) / (grid.x1 - grid.x0) - 0.5;
    const Y = (wj - grid.y0) / (grid.y1 - grid.y0) - 0.5;
    const Z = 0.55 * z(e) - 0.25;
    const xr = X * cy - Y * sy;
    const yr = X * sy + Y * cy;
    const depth = yr * cp + Z * sp;
    const up = Z * cp - yr * sp;
    return { sx: width / 2 + xr * scale, sy: height / 2 - up * scale, depth };
  };
  const step = (grid.G - 1) / MESH;
  const node = (a: number, b: number) => {
    const c = Math.round(a * step);
    const r = Math.round(b * step);
    const wi = grid.x0 + (c * (grid.x1 - grid.x0)) / (grid.G - 1);
    const wj = grid.y0 + (r * (grid.y1 - grid.y0)) / (grid.G - 1);
    const e = grid.values[r * grid.G + c];
    return { ...project(wi, wj, e), e };
  };
  const nodes: ReturnType<typeof node>[] = [];
  for (let b = 0; b <= MESH; b++) for (let a = 0; a <= MESH; a++) nodes.push(node(a, b));
  const quads: { q: ReturnType<typeof node>[]; depth: number; e: number; shade: number }[] = [];
  for (let b = 0; b < MESH; b++) {
    for (let a = 0; a < MESH; a++) {
      const q = [nodes[b * (MESH + 1) + a], nodes[b * (MESH + 1) + a + 1], nodes[(b + 1) * (MESH + 1) + a + 1], nodes[(b + 1) * (MESH + 1) + a]];
      const e = (q[0].e + q[1].e + q[2].e + q[3].e) / 4;
      // Lambert shading from the screen-space normal of the quad: lit from the upper left.
      const ax = q[2].sx - q[0].sx;
      const ay = q[2].sy - q[0].sy;
      const bx = q[3].sx - q[1].sx;
      const by = q[3].sy - q[1].sy;
      const area = Math.abs(ax * by - ay * bx);
      const flat = (Math.abs(bx) + Math.abs(ax)) * (Math.abs(by) + Math.abs(ay)) || 1;
      quads.push({ q, depth: (q[0].depth + q[2].depth) / 2, e, shade: 0.55 + 0.45 * Math.min(1, area / flat + 0.2) });
    }
  }
  quads.sort((p, r) => p.depth - r.depth);
  for (const { q, e, shade } of quads) {
    ctx.beginPath();
    ctx.moveTo(q[0].sx, q[0].sy);
    for (let n = 1; n < 4; n++) ctx.lineTo(q[n].sx, q[n].sy);
    ctx.closePath();
    ctx.fillStyle = Number.isFinite(e) ? colour(Math.max(e, levels[0] ?? e)) : '#999';
    ctx.globalAlpha = 1;
    ctx.fill();
    ctx.globalAlpha = 1 - shade;
    ctx.fillStyle = '#000';
    ctx.fill();
    ctx.globalAlpha = 0.25;
    ctx.strokeStyle = '#000';
    ctx.lineWidth = 0.5;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  // Trajectory and point, on top.
  const onBowl = (p: { wi: number; wj: number }) => {
    const e = sample(grid, p.wi, p.wj);
    return Number.isFinite(e) ? project(p.wi, p.wj, e) : null;
  };
  ctx.strokeStyle = colours.trail;
  ctx.lineWidth = 2;
  ctx.beginPath();
  let open = false;
  for (let n = 0; n < path.length; n++) {
    const s = onBowl({ wi: path.wi[n], wj: path.wj[n] });
    if (!s) {
      open = false;
      continue;
    }
    if (open) ctx.lineTo(s.sx, s.sy);
    else ctx.moveTo(s.sx, s.sy);
    open = true;
  }
  ctx.stroke();
  const s = onBowl(point);
  if (s) {
    ctx.fillStyle = colours.marker;
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(s.sx, s.sy, 7, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

/** The rotatable 3-D error bowl. */
export function BowlPlot() {
  const { problem, activation, loss, i, j, snap, runner, path, fitXs, fitYs, family, key, labelI, labelJ } = useSlice();
  const wrapRef = useRef<HTMLDivElement>(null);
  const { width, height } = useSize(wrapRef, { width: 640, height: 460 });
  const [view, setView] = useState<View>({ yaw: -0.6, pitch: 0.75 });
  const canvasRef = useRef<HTMLCanvasElement>(null);

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

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !grid) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const css = getComputedStyle(canvas);
    drawBowl(ctx, { width, height }, grid, view, path, { wi, wj }, {
      fg: css.getPropertyValue('--fg') || '#000',
      marker: css.getPropertyValue('--marker').trim() || '#c00',
      trail: css.getPropertyValue('--fg').trim() || '#000',
    });
  }, [grid, view, path, wi, wj, width, height]);

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
      <div className="plot-area" ref={wrapRef}>
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
      </div>
    </div>
  );
}
