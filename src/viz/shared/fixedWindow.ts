/**
 * A window fixed by a link (`window=`): what each plot makes of its numbers. The
 * curve takes the first pair as its w range; the 2-D views take the first pair
 * across (wᵢ) and the second up (wⱼ), exactly as given — or, with one pair only,
 * the height that keeps one unit as long across as up, centred where the run is.
 */
import { fixedWindowOf, useAppState } from '../../store';
import type { Interval, Window2 } from './domain';

/** The fixed window's numbers while one holds for the current problem; null when the plots follow the run. */
export function useFixedWindow(): readonly number[] | null {
  return useAppState(fixedWindowOf);
}

/** The curve's fixed w range, or null. */
export function fixedInterval(values: readonly number[] | null): Interval | null {
  return values && values.length >= 2 ? [values[0], values[1]] : null;
}

/** The 2-D views' fixed window, or null; `centre` and `aspect` (width / height in pixels) size the height when only one pair is given. */
export function fixedWindow2(values: readonly number[] | null, centre: Window2, aspect: number): Window2 | null {
  if (!values || values.length < 2) return null;
  const [x0, x1] = values;
  if (values.length >= 4) return { x0, x1, y0: values[2], y1: values[3] };
  const h = (x1 - x0) / (aspect > 0 && Number.isFinite(aspect) ? aspect : 1);
  const cy = centre.y0 / 2 + centre.y1 / 2;
  return { x0, x1, y0: cy - h / 2, y1: cy + h / 2 };
}

/** A window as the plots expose it in `data-window`: the numbers as JavaScript prints them, comma-separated. */
export function windowAttr(...bounds: number[]): string {
  return bounds.map(String).join(',');
}
