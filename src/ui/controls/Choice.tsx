/**
 * A labelled menu. Chosen with the mouse, it gives focus back to the page, so
 * that → steps instead of changing the menu again (which would discard the run);
 * chosen with the keyboard, it keeps focus, as a keyboard user expects.
 */
import { useRef } from 'react';

interface ChoiceProps<T extends string | number> {
  /** Visible name beside the menu. */
  name: string;
  /** Accessible name (the contract's, where DESIGN names one). */
  label: string;
  value: T;
  options: readonly { value: T; text: string }[];
  onChange(value: T): void;
  disabled?: boolean;
}

/** A select whose values are `T`. */
export function Choice<T extends string | number>({ name, label, value, options, onChange, disabled }: ChoiceProps<T>) {
  const byPointer = useRef(false);
  return (
    <label className="setting">
      <span className="setting-name">{name}</span>
      <select
        aria-label={label}
        value={String(value)}
        disabled={disabled}
        onPointerDown={() => {
          byPointer.current = true;
        }}
        onKeyDown={() => {
          byPointer.current = false;
        }}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
          if (byPointer.current) e.currentTarget.blur();
        }}
      >
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}
