/** A range input on a logarithmic scale, for values spanning decades (η, speed). */
import { useId } from 'react';

interface LogSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Significant digits the slider rounds to, so values read cleanly (0.0316, not 0.031622776). */
  digits: number;
  /** What a screen reader says for the current value. */
  valueText: string;
  onChange(value: number): void;
  /** Values to mark on the track (Chromium draws them as ticks), e.g. the largest stable η. */
  marks?: readonly number[];
}

/** A slider whose position is log₁₀ of the value. */
export function LogSlider({ label, value, min, max, digits, valueText, onChange, marks = [] }: LogSliderProps) {
  const listId = useId();
  const shown = marks.filter((m) => m >= min && m <= max);
  return (
    <>
    <input
      list={shown.length ? listId : undefined}
      type="range"
      aria-label={label}
      min={Math.log10(min)}
      max={Math.log10(max)}
      step={0.01}
      value={Math.log10(value)}
      aria-valuetext={valueText}
      onChange={(e) => onChange(Number((10 ** Number(e.target.value)).toPrecision(digits)))}
    />
    {shown.length > 0 && (
      <datalist id={listId}>
        {shown.map((m) => (
          <option key={m} value={Math.log10(m)} />
        ))}
      </datalist>
    )}
    </>
  );
}
