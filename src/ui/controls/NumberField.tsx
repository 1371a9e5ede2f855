/**
 * A number field that shows the live value while it is not being edited, commits
 * every acceptable value as it is typed, and on leaving with text that is not an
 * acceptable number puts back the value it had when editing began and says so.
 */
import { useId, useRef, useState } from 'react';
import { parseNumber } from '../../notation';

interface NumberFieldProps {
  label: string;
  value: number;
  /** Applies a valid number; returns false when the store refused it. */
  onCommit(value: number): boolean;
  /** Whether a parsed number is acceptable (default: any finite number). */
  accept?(value: number): boolean;
  /** Called when the field is left holding unacceptable text, after `kept` was put back. */
  onInvalid(text: string, kept: number): void;
  min?: number;
  max?: number;
  className?: string;
  /** Shown next to the field; hidden from the accessible name. */
  visibleLabel?: string;
}

/** Rounds for display in an <input type=number> (which cannot show "−" or "1e−7" styled text). */
export function fieldText(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '';
}

/** An accessible number input bound to a store value. */
export function NumberField({ label, value, onCommit, accept, onInvalid, min, max, className, visibleLabel }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const atFocus = useRef(value);
  const skipBlurCheck = useRef(false);
  const ok = (v: number | null): v is number => v !== null && (accept ? accept(v) : true);
  const id = useId();
  return (
    <span className={`field ${className ?? ''}`}>
      {visibleLabel !== undefined && (
        <label htmlFor={id} aria-hidden="true">
          {visibleLabel}
        </label>
      )}
      <input
        id={id}
        type="number"
        step="any"
        inputMode="decimal"
        aria-label={label}
        min={min}
        max={max}
        value={draft ?? fieldText(value)}
        onFocus={() => {
          atFocus.current = value;
          setDraft(fieldText(value));
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = parseNumber(e.target.value);
          if (ok(v)) onCommit(v);
        }}
        onBlur={(e) => {
          const text = e.target.value;
          if (skipBlurCheck.current) skipBlurCheck.current = false;
          else if (!ok(parseNumber(text))) {
            // "500" passes through "5" and "50" on its way: undo those too.
            if (value !== atFocus.current) onCommit(atFocus.current);
            onInvalid(text, atFocus.current);
          }
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') {
            // Escape undoes the edit: back to the value the field had when editing began.
            if (value !== atFocus.current) onCommit(atFocus.current);
            setDraft(null);
            skipBlurCheck.current = true;
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
    </span>
  );
}
