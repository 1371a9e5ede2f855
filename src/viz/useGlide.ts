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

/** The displayed value, and the value the current glide started from (null when not gliding). */
export function useGlide(target: number, animate: boolean, durationMs: number): { value: number; from: number | null } {
  const [state, setState] = useState<{ value: number; from: number | null }>({ value: target, from: null });
  const shown = useRef(target);
  useEffect(() => {
    const start = shown.current;
    if (!animate || start === target || !Number.isFinite(start)) {
      shown.current = target;
      setState({ value: target, from: null });
      return;
    }
    let frame = 0;
    const t0 = performance.now();
    const tick = (now: number) => {
      const t = Math.min(1, (now - t0) / durationMs);
      const v = start + (target - start) * ease(t);
      shown.current = v;
      setState({ value: v, from: t < 1 ? start : null });
      if (t < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [target, animate, durationMs]);
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
