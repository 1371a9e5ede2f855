/**
 * The rewind scrubber: a slider from step 0 to the furthest step of the run, at the
 * current step. Dragging it rebuilds the run at the step under the thumb — at most
 * every REWIND_THROTTLE_MS while dragging, and exactly where it is let go.
 */
import { useEffect, useRef, useState } from 'react';
import { useAppState, useAppStore } from '../../store';

/** Least milliseconds between two rewinds while the thumb moves. */
export const REWIND_THROTTLE_MS = 100;

/** A range input "rewind to step"; disabled (saying why) when η changed mid-run. */
export function RewindScrubber() {
  const store = useAppStore();
  const step = useAppState((s) => s.snapshot.step);
  // The React snapshot may lag the furthest step while playing; the larger of the two is the end.
  const max = useAppState((s) => Math.max(s.stepsTaken, s.snapshot.step));
  const replayable = useAppState((s) => s.replayable);
  // The thumb's place while dragging, between throttled rewinds (input, not per-frame state).
  const [dragged, setDragged] = useState<number | null>(null);
  const lastRewind = useRef(-Infinity);
  const ref = useRef<HTMLInputElement>(null);

  // The native change event (let go, or a key): rewind exactly there. React's onChange fires on every input.
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onChange = () => {
      store.getState().rewindTo(Number(el.value));
      lastRewind.current = -Infinity;
      setDragged(null);
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, [store]);

  const why = replayable ? undefined : 'η changed during this run, so it cannot be replayed; Reset starts one that can be';
  return (
    <label className="setting rewind" title={why}>
      <span className="setting-name" aria-hidden="true">
        step
      </span>
      <input
        ref={ref}
        type="range"
        aria-label="rewind to step"
        min={0}
        max={max}
        step={1}
        value={dragged ?? step}
        disabled={!replayable || max === 0}
        aria-valuetext={`step ${dragged ?? step} of ${max}`}
        onChange={(e) => {
          const k = Number(e.target.value);
          setDragged(k);
          const now = performance.now();
          if (now - lastRewind.current >= REWIND_THROTTLE_MS) {
            lastRewind.current = now;
            store.getState().rewindTo(k);
          }
        }}
      />
    </label>
  );
}
