import { describe, expect, it } from 'vitest';
import { createRandom, scalingOf, standardize, unstandardize } from '../../src/engine';

describe('scalingOf / standardize / unstandardize', () => {
  it('scalingOf gives the population mean and sd per column (hand values)', () => {
    // Column 1: 1, 2, 3, 4 → mean 2.5, var (2.25 + 0.25 + 0.25 + 2.25) / 4 = 1.25.
    // Column 2: 10, 10, 10, 30 → mean 15, var (25 · 3 + 225) / 4 = 75.
    const s = scalingOf([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 30],
    ]);
    expect(s.mean[0]).toBeCloseTo(2.5, 14);
    expect(s.mean[1]).toBeCloseTo(15, 14);
    expect(s.sd[0]).toBeCloseTo(Math.sqrt(1.25), 14);
    expect(s.sd[1]).toBeCloseTo(Math.sqrt(75), 14);
  });

  it('standardize gives every column mean 0 and sd 1', () => {
    const rnd = createRandom(7);
    const rows = Array.from({ length: 200 }, () => [rnd() * 5000 + 1500, rnd() * 0.01 - 3, rnd()]);
    const z = standardize(rows, scalingOf(rows));
    for (let i = 0; i < 3; i++) {
      const col = z.map((r) => r[i]);
      const mean = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(sd).toBeCloseTo(1, 12);
    }
  });

  it('unstandardize inverts standardize (random data, many scales)', () => {
    const rnd = createRandom(11);
    for (let trial = 0; trial < 50; trial++) {
      const n = 1 + Math.floor(rnd() * 4);
      const N = 1 + Math.floor(rnd() * 30);
      const scale = 10 ** Math.floor(rnd() * 12 - 6);
      const offset = (rnd() - 0.5) * 1000;
      const rows = Array.from({ length: N }, () => Array.from({ length: n }, () => offset + (rnd() - 0.5) * scale));
      const s = scalingOf(rows);
      const back = unstandardize(standardize(rows, s), s);
      for (let mu = 0; mu < N; mu++) {
        for (let i = 0; i < n; i++) {
          expect(Math.abs(back[mu][i] - rows[mu][i])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(rows[mu][i])));
        }
      }
    }
  });

  it('a constant column is only centred (sd taken as 1), never divided by 0', () => {
    const rows = [
      [5, 1],
      [5, 2],
      [5, 3],
    ];
    const s = scalingOf(rows);
    expect(s.sd[0]).toBe(1);
    const z = standardize(rows, s);
    expect(z.map((r) => r[0])).toEqual([0, 0, 0]);
    expect(z.flat().every(Number.isFinite)).toBe(true);
    expect(unstandardize(z, s)).toEqual(rows);
  });
});
