/**
 * How numbers are shown to people, the same in every panel and plot: a few
 * significant digits, a true minus sign, exponent form for the very large and
 * very small, and never "NaN" or "Infinity" (a dash stands for a missing value).
 */

/** Shown in place of a value that is not a finite number. */
export const MISSING = '—';

/** `v` with `digits` significant digits, e.g. 0.1224593 → "0.1225", −3e−7 → "−3e−7". */
export function formatNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return MISSING;
  if (v === 0) return '0';
  const a = Math.abs(v);
  let text: string;
  if (a >= 1e5 || a < 1e-4) {
    const [m, e] = v.toExponential(Math.max(0, digits - 2)).split('e');
    text = `${trimZeros(m)}e${e.replace('+', '')}`;
  } else if (a >= 10 ** digits) {
    text = String(Math.round(v)); // toPrecision would switch to "1.822e+4" here
  } else {
    text = trimZeros(v.toPrecision(digits));
  }
  return text.replace(/-/g, '−');
}

function trimZeros(s: string): string {
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A finite number written plainly ("0.5", "-2", "1e-3"; a true minus "−" is read
 * as "-"), or null for anything else: empty text, hex, "Infinity", "1e309".
 */
export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/^−/, '-');
  if (!PLAIN_NUMBER.test(t)) return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}
