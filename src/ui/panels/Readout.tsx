/**
 * A live number under the readout contract (DESIGN §3): `data-quantity` names it,
 * `data-value` holds the full-precision value as JavaScript prints it, and people
 * see a rounded value. A value that is not finite shows a dash and an empty data-value.
 * With `live`, the number also follows every frame of a playing run through the
 * store's per-frame channel, written straight into the element (no render).
 */
import { useRef } from 'react';
import { formatNumber } from '../../notation';
import { useFrames, type RunSnapshot } from '../../store';

interface ReadoutProps {
  quantity: string;
  value: number;
  /** Record μ (from 1) for per-record values. */
  record?: number;
  digits?: number;
  /** Show a whole number in full with digit grouping (step counts: "100,000", not "1e5"). */
  integer?: boolean;
  /** Reads this number from each frame's snapshot while a run plays. */
  live?: (snap: RunSnapshot) => number;
}

/** The text people see for `value`. */
function shown(value: number, digits: number, integer: boolean): string {
  return integer && Number.isInteger(value) ? value.toLocaleString('en') : formatNumber(value, digits);
}

/** One live number. */
export function Readout({ quantity, value, record, digits = 4, integer = false, live }: ReadoutProps) {
  const ref = useRef<HTMLOutputElement>(null);
  useFrames((snap) => {
    const el = ref.current;
    if (!live || !el) return;
    const v = live(snap);
    const data = Number.isFinite(v) ? String(v) : '';
    if (el.dataset.value === data) return;
    el.dataset.value = data;
    el.textContent = shown(v, digits, integer);
  });
  // aria-live off: an <output> is a live region by default, and forty of them changing every
  // frame would flood a screen reader; the run's status message is the one live summary.
  return (
    <output
      ref={ref}
      className="readout"
      aria-live="off"
      data-quantity={quantity}
      data-value={Number.isFinite(value) ? String(value) : ''}
      data-record={record}
    >
      {shown(value, digits, integer)}
    </output>
  );
}

/** A live word, such as the run's status. */
export function TextReadout({ quantity, value }: { quantity: string; value: string }) {
  return (
    <output className="readout" aria-live="off" data-quantity={quantity} data-value={value}>
      {value}
    </output>
  );
}
