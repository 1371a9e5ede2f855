/**
 * A plot's Fit button ("Fit the plot to the run"): frames the current run from
 * scratch, letting go of zoom, pan or a window the link fixed. The curve and the
 * contour map both have it, under the same name.
 */
import type { MouseEvent } from 'react';
import './plotTools.css';

/** The accessible name of every plot's Fit button. */
export const FIT_NAME = 'Fit the plot to the run';

interface FitButtonProps {
  onFit: () => void;
  className?: string;
}

/** The Fit button; a mouse click gives focus back to the page, so the shortcuts work at once. */
export function FitButton({ onFit, className }: FitButtonProps) {
  const onClick = (e: MouseEvent<HTMLButtonElement>) => {
    onFit();
    if (e.detail > 0) e.currentTarget.blur();
  };
  return (
    <button type="button" className={className} aria-label={FIT_NAME} title={`${FIT_NAME} (lets go of zoom, pan and a window the link fixed)`} onClick={onClick}>
      Fit
    </button>
  );
}
