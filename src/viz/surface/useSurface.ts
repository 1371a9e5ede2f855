/**
 * The surface E(wᵢ, wⱼ) for the 2-D views: coarse first, then fine, so the
 * picture appears at once and sharpens. Grids whose cost passes SYNC_COST go to a
 * Web Worker; while it is busy only the newest request waits, so a slice that is
 * overtaken (a run moving a third weight) is dropped, never queued. Without
 * workers (sandboxed frames, tests) the fine grid is computed after a paint.
 */
import { useEffect, useRef } from 'react';
import { runMoving, useAppState } from '../../store';
import { useHeldWhileMoving } from '../shared/useHeldWhileMoving';
import { computeSurface, problemMoments, surfaceCost, type SurfaceSpec } from '../../engine';
import { contourGeometry, type ContourGeometry, type Grid } from '../contour/contourPaths';
import { SurfaceJobs } from './surfaceJobs';
import type { GridJob } from './surface.worker';

/** Grid sides: the coarse pass and the fine one. */
export const COARSE_G = 41;
export const FINE_G = 121;
/**
 * Grid side from the worker while the run moves the slice: 81² is half the work of
 * 121², so the worker leaves the cores the page's frames need; the fine grid
 * comes when the run stops.
 */
export const MOVING_G = 81;
/**
 * Inner-loop operations done on the main thread in one go; above it, the worker.
 * Measured by test/engine/surface.bench.ts on the 2-core machines: G = 201, N = 1,000
 * (40 million sigmoid evaluations) takes about 400 ms, 10 ns each, so 3e5 is about
 * 3 ms — under half of the frame budget of DESIGN §4.
 */
export const SYNC_COST = 3e5;

/** Without a worker, grids of a moving slice are computed on the main thread at most this often. */
export const MAIN_THREAD_RATE_MS = 150;

/** What to make besides the values: contours, and the bands painted at a size (device pixels). */
export interface SurfaceOptions {
  contours?: boolean;
  paint?: GridJob['paint'];
  /** Contour levels to use instead of each grid's own (read when a grid is asked for; not part of the key). */
  levels?: readonly number[];
}

/**
 * The grid for `spec` (without G), recomputed when `key` changes (the key must
 * cover everything in spec and options); null until the first pass. With
 * `contours`, the contour geometry comes along, traced in the worker when the
 * grid is computed there; with `paint` too, the worker paints the bands and the
 * grid carries the picture (`image`), closed here once a newer grid replaces it.
 *
 * `family` is the part of the key that makes an older grid wrong rather than
 * stale (the data, the activation, the axes): a grid that finishes after its key
 * moved on is still shown if it is of the current family and newer than what is
 * shown — while a run moves a held weight every frame, every key is overtaken
 * before its grid is done, and the newest finished one is the best picture there
 * is. A grid of another family is never shown.
 */
export function useSurface(spec: Omit<SurfaceSpec, 'G'> | null, key: string, options: SurfaceOptions = {}, family = key): Grid | null {
  // While the run moves, a new grid waits for the plot's next render (no commit of its own).
  const moving = useAppState(runMoving);
  const [grid, setGrid] = useHeldWhileMoving<Grid | null>(null);
  const jobs = useRef<SurfaceJobs | null>(null);
  const latest = useRef({ spec, options, family });
  latest.current = { spec, options, family };
  const shown = useRef<{ grid: Grid | null; seq: number; at: number }>({ grid: null, seq: 0, at: 0 });
  const requested = useRef(0);
  const mounted = useRef(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      jobs.current?.dispose();
      shown.current.grid?.image?.close();
      shown.current = { grid: null, seq: 0, at: 0 };
    };
  }, []);

  useEffect(() => {
    const { spec: base, options, family: ownFamily } = latest.current;
    const contours = options.contours ?? false;
    if (!base) {
      setGrid(null);
      return;
    }
    const seq = ++requested.current;
    const show = (G: number) => (values: Float64Array, geometry?: ContourGeometry, image?: ImageBitmap) => {
      if (!mounted.current || latest.current.family !== ownFamily || seq < shown.current.seq) {
        image?.close();
        return;
      }
      const grid: Grid = { values, G, x0: base.x0, x1: base.x1, y0: base.y0, y1: base.y1, image, key, family: ownFamily };
      grid.geometry = geometry ?? (contours ? contourGeometry(grid, options.levels) : undefined);
      // The picture it replaces is no longer drawn (drawing checks for a closed bitmap's zero width).
      if (shown.current.grid?.image !== image) shown.current.grid?.image?.close();
      shown.current = { grid, seq, at: performance.now() };
      setGrid(grid);
    };
    // A linear unit's surface is O(G²) once the problem's moments are cached here (one O(N·d²)
    // pass per data set); the worker gets a fresh copy of the problem each time and never would.
    if (base.activation === 'linear') problemMoments(base.problem);
    const coarse = { ...base, G: COARSE_G };
    const fine = { ...base, G: FINE_G };
    jobs.current ??= new SurfaceJobs();
    const worker = jobs.current.available ? jobs.current : null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A grid of this family already shows (the held weights moved, or the window): the
    // picture is not stalled, so the next one comes from the worker and no coarse pass is
    // needed; the main thread's work per frame then does not depend on the records.
    const following = shown.current.grid?.family === ownFamily;
    if (surfaceCost(fine) <= SYNC_COST && !(following && worker)) {
      show(FINE_G)(computeSurface(fine)); // cheap: the fine grid at once
    } else if (worker) {
      const job = (spec: SurfaceSpec) => ({ kind: 'grid' as const, spec, contours, paint: options.paint, levels: options.levels });
      if (!following) {
        if (surfaceCost(coarse) <= SYNC_COST) show(COARSE_G)(computeSurface(coarse));
        else worker.request(job(coarse), show(COARSE_G));
      }
      const next = following && moving ? { ...base, G: MOVING_G } : fine;
      worker.request(job(next), show(next.G));
    } else {
      // No worker here (a sandboxed frame): the coarse grid, then the fine one after a paint,
      // each dropped if overtaken. While a run moves the slice, at most MAIN_THREAD_RATE_MS apart.
      const since = performance.now() - shown.current.at;
      const wait = shown.current.grid?.family === ownFamily ? Math.max(0, MAIN_THREAD_RATE_MS - since) : 0;
      const both = () => {
        show(COARSE_G)(computeSurface(coarse));
        timer = setTimeout(() => show(FINE_G)(computeSurface(fine)), 30);
      };
      if (wait === 0) both();
      else timer = setTimeout(both, wait);
    }
    return () => {
      if (timer) clearTimeout(timer);
    };
    // The run stopping asks again, for the fine grid.
  }, [key, moving]);

  return grid && grid.family === family ? grid : null;
}
