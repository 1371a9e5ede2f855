/**
 * The surface E(wᵢ, wⱼ) for the 2-D views: coarse first, then fine, so the
 * picture appears at once and sharpens. Grids whose cost passes SYNC_COST go to a
 * Web Worker; while it is busy only the newest request waits, so a slice that is
 * overtaken (a run moving a third weight) is dropped, never queued. Without
 * workers (sandboxed frames, tests) the fine grid is computed after a paint.
 */
import { useEffect, useRef, useState } from 'react';
import { computeSurface, problemMoments, surfaceCost, type SurfaceSpec } from '../engine';
import { contourGeometry, type ContourGeometry, type Grid } from './contourPaths';

/** Grid sides: the coarse pass and the fine one. */
export const COARSE_G = 41;
export const FINE_G = 121;
/**
 * Inner-loop operations done on the main thread in one go; above it, the worker.
 * Measured by test/engine/surface.bench.ts on the 2-core machines: G = 201, N = 1,000
 * (40 million sigmoid evaluations) takes about 400 ms, 10 ns each, so 3e5 is about
 * 3 ms — under half of the frame budget of DESIGN §4.
 */
export const SYNC_COST = 3e5;

type Deliver = (values: Float64Array, geometry?: ContourGeometry) => void;

/** One worker with a latest-wins queue of length one. */
class SurfaceJobs {
  private worker: Worker | null = null;
  private busy = false;
  private nextId = 1;
  private current: Deliver | null = null;
  private pending: { spec: SurfaceSpec; contours: boolean; deliver: Deliver } | null = null;
  private broken = false;

  /** False when workers cannot be made here; callers then compute on the main thread. */
  get available(): boolean {
    if (this.broken || typeof Worker === 'undefined') return false;
    if (!this.worker) {
      try {
        this.worker = new Worker(new URL('./surface.worker.ts', import.meta.url), { type: 'module' });
        this.worker.onmessage = (e: MessageEvent<{ id: number; values: Float64Array; geometry?: ContourGeometry }>) =>
          this.done(e.data.values, e.data.geometry);
        this.worker.onerror = () => {
          this.broken = true;
          this.busy = false;
        };
      } catch {
        this.broken = true;
        return false;
      }
    }
    return true;
  }

  request(spec: SurfaceSpec, contours: boolean, deliver: Deliver): void {
    if (this.busy) {
      this.pending = { spec, contours, deliver }; // an older pending request is dropped here
      return;
    }
    this.post(spec, contours, deliver);
  }

  private post(spec: SurfaceSpec, contours: boolean, deliver: Deliver): void {
    this.busy = true;
    this.current = deliver;
    this.worker?.postMessage({ id: this.nextId++, spec, contours });
  }

  private done(values: Float64Array, geometry?: ContourGeometry): void {
    this.busy = false;
    const deliver = this.current;
    this.current = null;
    if (this.pending) {
      const next = this.pending;
      this.pending = null;
      this.post(next.spec, next.contours, next.deliver);
    }
    deliver?.(values, geometry);
  }

  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/**
 * The grid for `spec` (without G), recomputed when `key` changes; null until the
 * first pass. With `contours`, the contour geometry comes along (traced in the
 * worker when the grid is computed there: it is the costly part of a frame).
 */
export function useSurface(spec: Omit<SurfaceSpec, 'G'> | null, key: string, contours = false): Grid | null {
  const [grid, setGrid] = useState<Grid | null>(null);
  const jobs = useRef<SurfaceJobs | null>(null);
  const latest = useRef(spec);
  latest.current = spec;

  useEffect(() => () => jobs.current?.dispose(), []);

  useEffect(() => {
    const base = latest.current;
    if (!base) {
      setGrid(null);
      return;
    }
    let live = true;
    const show = (G: number) => (values: Float64Array, geometry?: ContourGeometry) => {
      if (!live) return;
      const grid: Grid = { values, G, x0: base.x0, x1: base.x1, y0: base.y0, y1: base.y1 };
      grid.geometry = geometry ?? (contours ? contourGeometry(grid) : undefined);
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
    if (surfaceCost(fine) <= SYNC_COST) {
      show(FINE_G)(computeSurface(fine)); // cheap: the fine grid at once
    } else if (worker) {
      if (surfaceCost(coarse) <= SYNC_COST) show(COARSE_G)(computeSurface(coarse));
      else worker.request(coarse, contours, show(COARSE_G));
      worker.request(fine, contours, show(FINE_G));
    } else {
      // No worker here: the coarse grid now, the fine one after a paint (dropped if overtaken).
      show(COARSE_G)(computeSurface(coarse));
      timer = setTimeout(() => show(FINE_G)(computeSurface(fine)), 30);
    }
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [key]);

  return grid;
}
