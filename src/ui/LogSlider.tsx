/** A range input on a logarithmic scale, for values spanning decades (η, speed). */

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
}

/** A slider whose position is log₁₀ of the value. */
export function LogSlider({ label, value, min, max, digits, valueText, onChange }: LogSliderProps) {
  return (
    <input
      type="range"
      aria-label={label}
      min={Math.log10(min)}
      max={Math.log10(max)}
      step={0.01}
      value={Math.log10(value)}
      aria-valuetext={valueText}
      onChange={(e) => onChange(Number((10 ** Number(e.target.value)).toPrecision(digits)))}
    />
  );
}
