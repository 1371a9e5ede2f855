/**
 * How the contour map is framed: its base window (zoom and pan act on top of
 * it) and its colour levels, which stay as they are until the map is re-framed.
 * Moving the start (a click on the map, dragging the point) never re-frames it;
 * these do, each named by its reason:
 * - 'first', 'family': the first map, or a new problem, unit, error measure or axes;
 * - 'fit': the Fit button (the run framed from scratch, zoom and pan undone);
 * - 'fixed': a window fixed or let go by a link or `set`;
 * - 'zoom': a zoom or pan (same base window, new levels for the new view);
 * - 'shape': the plot changed shape (the window keeps its middle and area);
 * - 'left': the run's point left the window (not while zoomed or fixed: the
 *   reader chose that view) — the window is fitted to the run again.
 * A framing's levels are those of its first grid, or of a finer one computed
 * before the levels were known (the coarse pass, then the fine one); every
 * grid asked for after that is traced at them.
 */
import type { Window2 } from '../shared/domain';
import { fixedWindow2 } from '../shared/fixedWindow';

/** Why the map was framed anew. */
export type FrameReason = 'first' | 'family' | 'fit' | 'fixed' | 'zoom' | 'shape' | 'left';

/** One framing of the map. */
export interface Framing {
  /** Counts framings; grids asked for in this one carry framingKey(id) at the end of their key. */
  readonly id: number;
  readonly reason: FrameReason;
  readonly family: string;
  /** The window at zoom 1 (the fixed one, when a link fixed it). */
  readonly base: Window2;
  /** The zoom transform it was made under ('' for none). */
  readonly zoom: string;
  /** The fixed window it was made under ('' for none). */
  readonly fixed: string;
  /** Width / height of the plot it was made for. */
  readonly aspect: number;
  /** The colour levels, null until the framing's first grid comes. */
  readonly levels: readonly number[] | null;
  /** Grid side the levels came from. */
  readonly levelsG: number;
}

/** What the framing depends on at a render. */
export interface FrameInput {
  /** The surface family (problem, activation, loss, axes): a new one re-frames. */
  family: string;
  /** Width / height of the map in pixels. */
  aspect: number;
  /** zoomKey() of the zoom transform. */
  zoom: string;
  /** A window fixed by a link, or null. */
  fixed: readonly number[] | null;
  /** The run's current point (wᵢ, wⱼ). */
  point: readonly [number, number];
  /** While the point is dragged nothing is re-framed. */
  frozen: boolean;
  /** Fit was pressed. */
  refit: boolean;
  /** The window that frames the run now (from scratch). */
  fit: () => Window2;
}

/** A plot whose shape changed by less than this fraction keeps its framing. */
const SHAPE_TOLERANCE = 0.02;

/** The suffix of the surface keys asked for in framing `id`. */
export function framingKey(id: number): string {
  return `|F${id}`;
}

/** The framing for this render: `prev` itself unless the map is re-framed. */
export function nextFraming(prev: Framing | null, input: FrameInput): Framing {
  const { family, aspect, zoom, fixed, point, frozen, refit } = input;
  const fixedKey = fixed ? fixed.join(',') : '';
  const make = (reason: FrameReason, base: Window2): Framing => ({ id: (prev?.id ?? 0) + 1, reason, family, base, zoom, fixed: fixedKey, aspect, levels: null, levelsG: 0 });
  const framed = () => {
    const fitted = input.fit();
    return fixedWindow2(fixed, fitted, aspect) ?? fitted;
  };
  if (!prev) return make('first', framed());
  if (prev.family !== family) return make('family', framed());
  if (refit) return make('fit', framed());
  if (prev.fixed !== fixedKey) return make('fixed', framed());
  if (frozen) return prev;
  if (prev.zoom !== zoom) return make('zoom', prev.base);
  if (Math.abs(aspect / prev.aspect - 1) > SHAPE_TOLERANCE) return make('shape', fixed ? framed() : reshape(prev.base, aspect));
  if (!fixed && zoom === '' && !holds(prev.base, point)) return make('left', framed());
  return prev;
}

/** `f` with the levels of `grid` when it is the framing's first grid, or a finer one traced before the levels were known. */
export function adoptLevels(f: Framing, grid: { key?: string; G: number; geometry?: { levels: number[] } } | null): Framing {
  const levels = grid?.geometry?.levels;
  if (!grid || !levels || levels.length < 2 || !grid.key?.endsWith(framingKey(f.id))) return f;
  if (f.levels === null || (grid.G > f.levelsG && !sameLevels(levels, f.levels))) return { ...f, levels, levelsG: grid.G };
  return f;
}

function sameLevels(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, n) => v === b[n]);
}

/** Whether window `w` holds point `p` (a non-finite point is held: there is nothing to follow). */
function holds(w: Window2, p: readonly [number, number]): boolean {
  if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return true;
  return p[0] >= w.x0 && p[0] <= w.x1 && p[1] >= w.y0 && p[1] <= w.y1;
}

/** `w` at aspect ratio `aspect`, with the same middle and area. */
export function reshape(w: Window2, aspect: number): Window2 {
  const cx = w.x0 / 2 + w.x1 / 2;
  const cy = w.y0 / 2 + w.y1 / 2;
  const area = (w.x1 - w.x0) * (w.y1 - w.y0);
  const width = Math.sqrt(area * aspect);
  const height = width / aspect;
  return { x0: cx - width / 2, x1: cx + width / 2, y0: cy - height / 2, y1: cy + height / 2 };
}
