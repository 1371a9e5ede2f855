/**
 * The 3-D bowl's axes: wᵢ and wⱼ along the two front edges of the floor of the
 * box (the floor is the lowest E of the grid), and E up the back one of the two
 * side corners, each with nice ticks. Where they go is computed from the camera
 * (bowlAxes, pure); they are painted in the mesh's pass, once per grid, camera or
 * size: the lines before the mesh, so the bowl hides what is behind it, the labels
 * after it, upright at the projected positions, so they stay readable as it turns.
 */
import { scaleLinear } from 'd3-scale';
import { formatNumber } from '../../notation';
import type { Grid } from '../contour/contourPaths';
import type { HeightScale, Projected } from './projection';

/** Tick length and the gap from a tick to its label, in CSS pixels. */
const TICK_PX = 6;
const GAP_PX = 4;
/** Tick labels are this fraction of the root font size (as in the other plots); titles 0.95. */
export const TICK_FONT = 0.8;
const TITLE_FONT = 0.95;

/** A point on the canvas. */
export interface Point {
  x: number;
  y: number;
}

/** One tick: its value, where it is on the axis, its mark's other end, and its label (null when it would overlap the previous one). */
export interface BowlTick {
  value: number;
  text: string;
  at: Projected;
  end: Point;
  label: Point | null;
}

/** One axis: its line, ticks and title, and how its labels are aligned about their points. */
export interface BowlAxis {
  title: string;
  from: Projected;
  to: Projected;
  ticks: BowlTick[];
  align: CanvasTextAlign;
  titleAt: Point;
}

type Project = (wi: number, wj: number, e: number) => Projected;

/**
 * About `target` nice values between lo and hi (d3's ticks: steps of 1, 2 or 5 × 10ⁿ),
 * the count asked of d3 chosen so that there are between `min` and `max` when any
 * count gives that many, otherwise as near as there can be (the more, on a tie).
 */
export function niceTicks(lo: number, hi: number, min: number, max: number): number[] {
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && hi > lo)) return [];
  const scale = scaleLinear().domain([lo, hi]);
  let best: number[] = [];
  let miss = Infinity;
  for (let count = 1; count <= 2 * max; count++) {
    const ticks = scale.ticks(count);
    const off = ticks.length < min ? min - ticks.length : ticks.length > max ? ticks.length - max : 0;
    // Equally far from the range: the more (a scale reads better with a tick too many than too few;
    // labels that would crowd are dropped when they are laid out).
    if (off < miss || (off === miss && ticks.length > best.length)) {
      best = ticks;
      miss = off;
    }
    if (off === 0) break;
  }
  return best;
}

/** Width and height of a label's box in pixels, estimated from its length (no canvas needed to lay out). */
function labelBox(text: string, fontPx: number): { w: number; h: number } {
  return { w: text.length * fontPx * 0.6, h: fontPx };
}

/**
 * The unit normal on the canvas of the edge from a to b that points away from
 * `inside`: perpendicular to the edge as drawn, so labels never sit on their own
 * line, however the floor is foreshortened. Straight down for an edge of no length.
 */
function outward(a: Projected, b: Projected, inside: Projected): Point {
  const dx = b.sx - a.sx;
  const dy = b.sy - a.sy;
  const len = Math.hypot(dx, dy);
  if (!(len > 1e-6)) return { x: 0, y: 1 };
  const n = { x: -dy / len, y: dx / len };
  const away = n.x * ((a.sx + b.sx) / 2 - inside.sx) + n.y * ((a.sy + b.sy) / 2 - inside.sy);
  return away >= 0 ? n : { x: -n.x, y: -n.y };
}

/**
 * Drops the tick labels that would overlap a label kept before them (axes in the
 * order given, ticks in order): an edge seen end-on crowds its ticks, and the end of
 * a floor axis can meet the E axis's lowest label.
 */
function thin(axes: readonly BowlAxis[], fontPx: number): void {
  const kept: { x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const axis of axes) {
    for (const t of axis.ticks) {
      if (!t.label) continue;
      const { w, h } = labelBox(t.text, fontPx);
      const x0 = axis.align === 'left' ? t.label.x : axis.align === 'right' ? t.label.x - w : t.label.x - w / 2;
      const box = { x0: x0 - 2, x1: x0 + w + 2, y0: t.label.y - h / 2, y1: t.label.y + h / 2 };
      if (kept.some((k) => box.x0 < k.x1 && k.x0 < box.x1 && box.y0 < k.y1 && k.y0 < box.y1)) t.label = null;
      else kept.push(box);
    }
  }
}

/**
 * The three axes of the bowl drawn with `project` over `grid`'s window, heights by
 * `z`: [wᵢ, wⱼ, E], titled `labels.i`, `labels.j` and "E". `fontPx` is the root font size.
 */
export function bowlAxes(grid: Grid, z: HeightScale, project: Project, labels: { i: string; j: string }, fontPx: number): BowlAxis[] {
  const floor = z.lo;
  const tickPx = TICK_FONT * fontPx;
  const nearer = (a: Projected, b: Projected) => a.depth >= b.depth;
  // The front edge of each pair: the one whose middle is nearer the viewer.
  const xMid = (grid.x0 + grid.x1) / 2;
  const yMid = (grid.y0 + grid.y1) / 2;
  const yFront = nearer(project(xMid, grid.y0, floor), project(xMid, grid.y1, floor)) ? grid.y0 : grid.y1;
  const xFront = nearer(project(grid.x0, yMid, floor), project(grid.x1, yMid, floor)) ? grid.x0 : grid.x1;
  const yBack = yFront === grid.y0 ? grid.y1 : grid.y0;
  const xBack = xFront === grid.x0 ? grid.x1 : grid.x0;

  const middle = project(xMid, yMid, floor);
  const floorAxis = (title: string, lo: number, hi: number, at: (v: number) => [number, number]): BowlAxis => {
    const from = project(...at(lo), floor);
    const to = project(...at(hi), floor);
    const mid = (lo + hi) / 2;
    const dir = outward(from, to, middle);
    const reach = (text: string, px: number) => {
      const { w, h } = labelBox(text, px);
      return Math.abs(dir.x) * (w / 2) + Math.abs(dir.y) * (h / 2);
    };
    const ticks: BowlTick[] = niceTicks(lo, hi, 4, 6).map((value) => {
      const p = project(...at(value), floor);
      const text = formatNumber(value, 3);
      const d = TICK_PX + GAP_PX + reach(text, tickPx);
      return { value, text, at: p, end: { x: p.sx + dir.x * TICK_PX, y: p.sy + dir.y * TICK_PX }, label: { x: p.sx + dir.x * d, y: p.sy + dir.y * d } };
    });
    const widest = Math.max(0, ...ticks.map((t) => reach(t.text, tickPx) * 2));
    const m = project(...at(mid), floor);
    const d = TICK_PX + GAP_PX + widest + GAP_PX + reach(title, TITLE_FONT * fontPx);
    return { title, from, to, ticks, align: 'center', titleAt: { x: m.sx + dir.x * d, y: m.sy + dir.y * d } };
  };
  const axisI = floorAxis(labels.i, grid.x0, grid.x1, (v) => [v, yFront]);
  const axisJ = floorAxis(labels.j, grid.y0, grid.y1, (v) => [xFront, v]);

  // E: up the farther of the two side corners (the ends of the front edges away from the nearest corner).
  const sides: [number, number][] = [
    [xBack, yFront],
    [xFront, yBack],
  ];
  const [cx, cy] = nearer(project(...sides[0], floor), project(...sides[1], floor)) ? sides[1] : sides[0];
  const base = project(cx, cy, floor);
  const side = base.sx >= middle.sx ? 1 : -1;
  // Ticks up to the 90th percentile, where heights are linear in E; when no nice step gives
  // 4 or 5 of them there, up to where the box is nearly full (the last step compressed).
  let values = niceTicks(z.lo, z.top, 4, 5);
  if (values.length < 4 || values.length > 5) {
    const more = niceTicks(z.lo, z.invert(0.97), 4, 5);
    if (more.length >= 4 && more.length <= 5) values = more;
  }
  const ticks: BowlTick[] = values.map((value) => {
    const p = project(cx, cy, value);
    const end = { x: p.sx + side * TICK_PX, y: p.sy };
    return { value, text: formatNumber(value, 3), at: p, end, label: { x: end.x + side * GAP_PX, y: p.sy } };
  });
  const to = project(cx, cy, Math.max(z.top, values[values.length - 1] ?? z.top));
  const axisE: BowlAxis = { title: 'E', from: base, to, ticks, align: side > 0 ? 'left' : 'right', titleAt: { x: to.sx, y: to.sy - 1.1 * TITLE_FONT * fontPx } };
  // E's labels first: they are fewer, and each marks a height the bowl is read by.
  thin([axisE, axisI, axisJ], tickPx);
  return [axisI, axisJ, axisE];
}

/** The colours and font the axes are painted in. */
export interface AxisStyle {
  line: string;
  text: string;
  title: string;
  fontPx: number;
  family: string;
}

/** Paints the axes' lines and tick marks (before the mesh, which then hides what is behind it). */
export function paintAxisLines(ctx: CanvasRenderingContext2D, axes: readonly BowlAxis[], style: AxisStyle): void {
  ctx.strokeStyle = style.line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const axis of axes) {
    ctx.moveTo(axis.from.sx, axis.from.sy);
    ctx.lineTo(axis.to.sx, axis.to.sy);
    for (const t of axis.ticks) {
      ctx.moveTo(t.at.sx, t.at.sy);
      ctx.lineTo(t.end.x, t.end.y);
    }
  }
  ctx.stroke();
}

/** Paints the tick labels and titles (after the mesh: always readable, never mirrored). */
export function paintAxisLabels(ctx: CanvasRenderingContext2D, axes: readonly BowlAxis[], style: AxisStyle): void {
  ctx.textBaseline = 'middle';
  for (const axis of axes) {
    ctx.font = `${TICK_FONT * style.fontPx}px ${style.family}`;
    ctx.fillStyle = style.text;
    ctx.textAlign = axis.align;
    for (const t of axis.ticks) if (t.label) ctx.fillText(t.text, t.label.x, t.label.y);
    ctx.font = `${TITLE_FONT * style.fontPx}px ${style.family}`;
    ctx.fillStyle = style.title;
    ctx.textAlign = 'center';
    ctx.fillText(axis.title, axis.titleAt.x, axis.titleAt.y);
  }
}

/** The labels drawn, by axis title (the canvas shows them as data-ticks, for tests and the curious). */
export function tickLabels(axes: readonly BowlAxis[]): Record<string, string[]> {
  return Object.fromEntries(axes.map((a) => [a.title, a.ticks.filter((t) => t.label).map((t) => t.text)]));
}
