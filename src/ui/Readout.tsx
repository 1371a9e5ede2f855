/**
 * A live number under the readout contract (DESIGN §3): `data-quantity` names it,
 * `data-value` holds the full-precision value as JavaScript prints it, and people
 * see a rounded value. A value that is not finite shows a dash and an empty data-value.
 */
import { formatNumber } from '../engine';

interface ReadoutProps {
  quantity: string;
  value: number;
  /** Record μ (from 1) for per-record values. */
  record?: number;
  digits?: number;
}

/** One live number. */
export function Readout({ quantity, value, record, digits = 4 }: ReadoutProps) {
  return (
    <output className="readout" data-quantity={quantity} data-value={Number.isFinite(value) ? String(value) : ''} data-record={record}>
      {formatNumber(value, digits)}
    </output>
  );
}

/** A live word, such as the run's status. */
export function TextReadout({ quantity, value }: { quantity: string; value: string }) {
  return (
    <output className="readout" data-quantity={quantity} data-value={value}>
      {value}
    </output>
  );
}
