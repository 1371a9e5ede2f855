/**
 * A live number under the readout contract (DESIGN §3): `data-quantity` names it,
 * `data-value` holds the full-precision value as JavaScript prints it, and people
 * see a rounded value. A value that is not finite shows a dash and an empty data-value.
 * With `live`, the number also follows a playing run through the store's
 * per-frame channel, written straight into the element (no render): `data-value`
 * every frame (an attribute no style reads: no layout, no paint), the text people
 * read when the channel says texts are due (a few times a second, all together).
 */
import { useLayoutEffect, useRef } from 'react';
import { formatNumber } from '../../notation';
import { useAppStore, useFrames, type RunSnapshot } from '../../store';

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
  /**
   * Text people see instead of the number, for a value the student has not reached yet (step-through's
   * later parts); `data-value` still holds the number for callers.
   */
  withheld?: string;
}

/** The text people see for `value`. */
function shown(value: number, digits: number, integer: boolean): string {
  return integer && Number.isInteger(value) ? value.toLocaleString('en') : formatNumber(value, digits);
}

/** One live number. */
export function Readout({ quantity, value, record, digits = 4, integer = false, live, withheld }: ReadoutProps) {
  const ref = useRef<HTMLOutputElement>(null);
  const write = (v: number, textToo: boolean) => {
    const el = ref.current;
    if (!el) return;
    const data = Number.isFinite(v) ? String(v) : '';
    if (el.dataset.value !== data) el.dataset.value = data;
    if (!textToo) return;
    const text = withheld ?? shown(v, digits, integer);
    if (el.textContent !== text) el.textContent = text;
  };
  const store = useAppStore();
  useFrames((snap) => {
    if (live) write(live(snap), store.getState().frames.textDue(snap));
  });
  // After a render the element shows the rendered value, whatever a frame wrote before it.
  useLayoutEffect(() => write(value, true));
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
      data-withheld={withheld === undefined ? undefined : ''}
    >
      {withheld ?? shown(value, digits, integer)}
    </output>
  );
}

/**
 * A live word, such as the run's status: `data-value` holds `value`, people see
 * `text` (the value itself when no text is given).
 */
export function TextReadout({ quantity, value, text }: { quantity: string; value: string; text?: string }) {
  return (
    <output className="readout" aria-live="off" data-quantity={quantity} data-value={value}>
      {text ?? value}
    </output>
  );
}
