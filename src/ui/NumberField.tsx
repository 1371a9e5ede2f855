/**
 * A number field that shows the live value while it is not being edited, commits
 * every valid value as it is typed, and on leaving with an invalid value says so
 * and shows the kept value again.
 */
import { useId, useState } from 'react';
import { parseNumber } from '../engine';

interface NumberFieldProps {
  label: string;
  value: number;
  /** Applies a valid number; returns false when the store refused it. */
  onCommit(value: number): boolean;
  /** Called when the field is left holding text that is not a number. */
  onInvalid(text: string): void;
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
export function NumberField({ label, value, onCommit, onInvalid, min, max, className, visibleLabel }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
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
        onFocus={() => setDraft(fieldText(value))}
        onChange={(e) => {
          setDraft(e.target.value);
          const v = parseNumber(e.target.value);
          if (v !== null) onCommit(v);
        }}
        onBlur={(e) => {
          const text = e.target.value;
          if (parseNumber(text) === null) onInvalid(text);
          setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') (e.target as HTMLInputElement).blur();
          if (e.key === 'Escape') {
            setDraft(null);
            (e.target as HTMLInputElement).blur();
          }
        }}
      />
    </span>
  );
}
