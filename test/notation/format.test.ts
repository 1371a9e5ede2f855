/** How numbers are printed for people: rounded, a true minus, never NaN or Infinity. */
import { describe, expect, it } from 'vitest';
import { formatNumber, MISSING } from '../../src/notation';

describe('formatNumber', () => {
  it('formatNumber rounds to 4 significant digits and drops trailing zeros', () => {
    expect(formatNumber(0.1224593312018546)).toBe('0.1225');
    expect(formatNumber(2.5)).toBe('2.5');
    expect(formatNumber(1)).toBe('1');
    expect(formatNumber(0)).toBe('0');
  });
  it('formatNumber writes negatives with a true minus sign (U+2212)', () => {
    expect(formatNumber(-0.5)).toBe('−0.5');
  });
  it('formatNumber uses a plain exponent for the very large and very small', () => {
    expect(formatNumber(2.212e7)).toBe('2.21e7');
    expect(formatNumber(-3e-7)).toBe('−3e−7');
  });
  it('formatNumber prints whole numbers from 10^digits to 1e5 without an exponent', () => {
    expect(formatNumber(-18220.49)).toBe('−18220');
    expect(formatNumber(12345, 12)).toBe('12345');
  });
  it('formatNumber never prints NaN or Infinity', () => {
    for (const v of [NaN, Infinity, -Infinity]) expect(formatNumber(v)).toBe(MISSING);
  });
});
