/**
 * Moves a displayed value smoothly to a new target, so at slow speeds the eye can
 * follow the marker along the step arrow. Jumps at once when `animate` is false
 * (fast play, dragging, or prefers-reduced-motion).
 */
import { useEffect, useRef, useState } from 'react';

/** Cubic ease in-out on [0, 1]. */
function ease(t: number): number {
  return t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
}

/** A point of the plot in data units. */
export interface GlidePoint {
  w: number;
  E: number;
}

/**
 * The displayed point, moving in a straight line from the previous target to the
 * new one (the chord the trail keeps: a step is a jump, not a slide along the
 * curve), and where the glide started (null when not gliding).
 */
export function useGlide(w: number, E: number, animate: boolean, durationMs: number): GlidePoint & { from: GlidePoint | null } {
  const [state, setState] = useState<GlidePoint & { from: GlidePoint | null }>({ w, E, from: null });
  const shown = useRef<GlidePoint>({ w, E });
  useEffect(() => {
    const start = shown.current;
    if (!animate || (start.w === w && start.E === E) || !Number.isFinite(start.w) || !Number.isFinite(start.E)) {
      shown.current = { w, E };
      setState({ w, E, from: null });
      return;
    }
    let frame = 0;
    const t0 = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - t0) / durationMs);
      const k = ease(t);
      const p = { w: start.w + (w - start.w) * k, E: start.E + (E - start.E) * k };
      shown.current = p;
      setState({ ...p, from: t < 1 ? start : null });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [w, E, animate, durationMs]);
  return state;
}

/** True when the user asked the system for reduced motion. */
export function useReducedMotion(): boolean {
  const query = '(prefers-reduced-motion: reduce)';
  const get = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  const [reduced, setReduced] = useState(get);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia(query);
    const on = () => setReduced(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return reduced;
}
