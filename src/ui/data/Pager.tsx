/**
 * Paging through a long table of records: only one page of editable rows is in
 * the page at a time, so 398 (or 100,000) records stay quick to render and type into.
 */
import { NumberField } from '../controls/NumberField';

interface PagerProps {
  /** First record shown, 0-based. */
  start: number;
  /** Records per page. */
  rows: number;
  /** Number of records. */
  total: number;
  onStart(start: number): void;
  /** Called when "go to record" was left holding something that is not a record number. */
  onInvalid(text: string): void;
}

/** "Records 51–100 of 398" with first / previous / next / last and a go-to-record field. */
export function Pager({ start, rows, total, onStart, onInvalid }: PagerProps) {
  const last = Math.floor((total - 1) / rows) * rows;
  const end = Math.min(total, start + rows);
  const go = (s: number) => onStart(Math.max(0, Math.min(last, s)));
  return (
    <nav className="pager" aria-label="Pages of records">
      <button type="button" onClick={() => go(0)} disabled={start === 0} aria-label="First page of records">
        «
      </button>
      <button type="button" onClick={() => go(start - rows)} disabled={start === 0} aria-label="Previous page of records">
        ‹ Previous
      </button>
      <span className="pager-range" aria-live="polite">
        Records {(start + 1).toLocaleString('en')}–{end.toLocaleString('en')} of {total.toLocaleString('en')}
      </span>
      <button type="button" onClick={() => go(start + rows)} disabled={start >= last} aria-label="Next page of records">
        Next ›
      </button>
      <button type="button" onClick={() => go(last)} disabled={start >= last} aria-label="Last page of records">
        »
      </button>
      <NumberField
        label="go to record μ"
        visibleLabel="go to μ"
        className="pager-go"
        value={start + 1}
        min={1}
        max={total}
        accept={(v) => Number.isInteger(v) && v >= 1 && v <= total}
        onCommit={(v) => {
          go(Math.floor((v - 1) / rows) * rows);
          return true;
        }}
        onInvalid={(text) => onInvalid(text)}
      />
    </nav>
  );
}
