/** The `window=` parameter's reader: a plot window fixed by a link. */
import { WINDOW_LIMIT } from '../store';
import { parseNumber } from '../notation';

/**
 * A plot window `from,to` or `from,to,from,to` (across, then up): finite numbers of at most
 * WINDOW_LIMIT in size, from < to in each pair. The error names the first bad value.
 */
export function parseWindow(text: string): { ok: true; values: number[] } | { ok: false; error: string } {
  const cells = text.split(',');
  if (cells.length !== 2 && cells.length !== 4) return { ok: false, error: 'give 2 or 4 numbers: from,to across, then from,to up' };
  const values: number[] = [];
  for (let c = 0; c < cells.length; c++) {
    const v = parseNumber(cells[c]);
    if (v === null) return { ok: false, error: `value ${c + 1} (“${cells[c].trim().slice(0, 24)}”) is not a finite number` };
    if (Math.abs(v) > WINDOW_LIMIT) return { ok: false, error: `value ${c + 1} (${v}) is beyond ±${WINDOW_LIMIT.toLocaleString('en')}` };
    values.push(v);
  }
  for (let c = 0; c < values.length; c += 2) {
    if (!(values[c] < values[c + 1])) return { ok: false, error: `each pair must be from < to; ${values[c]} is not less than ${values[c + 1]}` };
  }
  return { ok: true, values };
}
