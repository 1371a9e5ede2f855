/**
 * While a run plays, the typeset lines hold their step; this one line of plain
 * text keeps the live numbers of the chain (E, and per weight ∂E/∂wᵢ and Δwᵢ) in
 * view. It is written straight into its text node from a store subscription, at
 * most four times a second, so it costs neither a React render nor a typesetting
 * per frame.
 */
import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store';
import { formatNumber, labelOfWeight } from '../../notation';

/** Milliseconds between updates of the line. */
const LIVE_INTERVAL_MS = 250;
/** Weights named in the line before "…". */
const WEIGHTS_SHOWN = 3;

/** The live line; shown only while playing. */
export function LiveLine() {
  const store = useAppStore();
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    let last = -Infinity;
    const write = () => {
      const el = ref.current;
      if (!el) return;
      const { frames, problem } = store.getState();
      const s = frames.current;
      const parts = [`step ${s.step.toLocaleString('en')}`, `E = ${formatNumber(s.E, 5)}`];
      for (let q = 0; q < Math.min(WEIGHTS_SHOWN, s.w.length); q++) {
        const name = labelOfWeight(problem, q);
        parts.push(`${name} = ${formatNumber(s.w[q])}, ∂E/∂${name} = ${formatNumber(s.grad[q])}, Δ${name} = ${formatNumber(s.dw[q])}`);
      }
      if (s.w.length > WEIGHTS_SHOWN) parts.push('…');
      el.textContent = parts.join(' · ');
    };
    write();
    return store.subscribe((state, prev) => {
      if (state.snapshot === prev.snapshot) return;
      const now = performance.now();
      if (now - last < LIVE_INTERVAL_MS) return;
      last = now;
      write();
    });
  }, [store]);
  return (
    <p className="live-line">
      Live: <span ref={ref} data-testid="math-live" />
    </p>
  );
}
