import { formatNumber } from '../../notation';
/**
 * A live number under the readout contract (DESIGN §3): `data-quantity` names it,
 * `data-value` holds the full-precision value as JavaScript prints it, and people
 * see a rounded value. A value that is not finite shows a dash and an empty data-value.
 */

interface ReadoutProps {
  quantity: string;
  value: number;
  /** Record μ (from 1) for per-record values. */
  record?: number;
  digits?: number;
  /** Show a whole number in full with digit grouping (step counts: "100,000", not "1e5"). */
  integer?: boolean;
}

/** One live number. */
export function Readout({ quantity, value, record, digits = 4, integer = false }: ReadoutProps) {
  // aria-live off: an <output> is a live region by default, and forty of them changing every
  // frame would flood a screen reader; the run's status message is the one live summary.
  return (
    <output
      className="readout"
      aria-live="off"
      data-quantity={quantity}
      data-value={Number.isFinite(value) ? String(value) : ''}
      data-record={record}
    >
      {integer && Number.isInteger(value) ? value.toLocaleString('en') : formatNumber(value, digits)}
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
