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
  /** Values to mark on the track with a visible tick (and a datalist for snapping), e.g. the largest stable η. */
  marks?: readonly number[];
  /** The word under a mark's tick (e.g. "max"); the value's name is in `valueText` for screen readers. */
  markLabel?: string;
}

/** A slider whose position is log₁₀ of the value. */
export function LogSlider({ label, value, min, max, digits, valueText, onChange, marks = [], markLabel }: LogSliderProps) {
  const listId = useId();
  const shown = marks.filter((m) => m >= min && m <= max);
  // Where the thumb's centre is at a value: its travel stops half a thumb (8 px) from each end.
  const at = (m: number) => (Math.log10(m) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
  return (
    <span className="log-slider">
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
    {shown.map((m) => (
      <span key={m} className="slider-mark" aria-hidden="true" style={{ left: `calc(8px + ${at(m)} * (100% - 16px))` }} data-label={markLabel} />
    ))}
    </span>
  );
}
