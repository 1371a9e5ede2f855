/**
 * Moves a displayed point smoothly to a new target outside React, so at slow
 * speeds the eye can follow the marker along the step arrow while nothing
 * re-renders: each animation frame calls `draw` with the point to show. Jumps at
 * once when asked not to animate (fast play, dragging, prefers-reduced-motion).
 */

/** A point of a plot in data units (weights and E). */
export interface GlidePoint {
  a: number;
  b: number;
  E: number;
}

/** Cubic ease in-out on [0, 1]. */
export function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** What is drawn each frame: the shown point and where the glide started (null once it ends). */
export type GlideDraw = (shown: GlidePoint, from: GlidePoint | null) => void;

/** An animator of one point. */
export interface Glider {
  /** Sends the point towards `target`, over `durationMs` when `animate`, else at once. */
  to(target: GlidePoint, animate: boolean, durationMs: number): void;
  /** The point shown now and the glide's start (null when still). */
  readonly shown: GlidePoint;
  readonly from: GlidePoint | null;
  /** Stops any glide (on unmount). */
  stop(): void;
}

const same = (p: GlidePoint, q: GlidePoint) => p.a === q.a && p.b === q.b && p.E === q.E;
const finite = (p: GlidePoint) => Number.isFinite(p.a) && Number.isFinite(p.b) && Number.isFinite(p.E);

/** A glider starting at `start` that calls `draw` on every change. */
export function createGlider(start: GlidePoint, draw: GlideDraw): Glider {
  let shown = start;
  let from: GlidePoint | null = null;
  let target = start;
  let frame = 0;
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : null;
  return {
    get shown() {
      return shown;
    },
    get from() {
      return from;
    },
    to(next, animate, durationMs) {
      if (same(next, target)) {
        // Same target: a glide under way goes on (its frames draw); a still point is redrawn.
        if (from === null) draw(shown, null);
        return;
      }
      target = next;
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      frame = 0;
      const begin = shown;
      if (!animate || !raf || !finite(begin) || !finite(next) || same(begin, next)) {
        shown = next;
        from = null;
        draw(shown, null);
        return;
      }
      const t0 = performance.now();
      from = begin;
      const tick = (now: number) => {
        const t = Math.min(1, Math.max(0, (now - t0) / durationMs));
        const k = ease(t);
        shown = { a: begin.a + (next.a - begin.a) * k, b: begin.b + (next.b - begin.b) * k, E: begin.E + (next.E - begin.E) * k };
        from = t < 1 ? begin : null;
        draw(shown, from);
        frame = t < 1 ? raf(tick) : 0;
      };
      draw(shown, from);
      frame = raf(tick);
    },
    stop() {
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
