/**
 * Standardizing inputs: each input column xᵢ becomes (xᵢ − mean ᵢ) / sd ᵢ, so every
 * input spans about −1…1 and the bowl E(w) becomes rounder (the Hessian of a
 * linear unit is Σ_μ x xᵀ; equal scales make its eigenvalues closer). The
 * scaling is kept so the original values can be recovered exactly (up to rounding).
 */

/** Per-column mean and standard deviation (population, divided by N). */
export interface Scaling {
  readonly mean: readonly number[];
  /** 1 for a constant column, which is only centred. */
  readonly sd: readonly number[];
}

/** The mean and standard deviation of each column of `rows` (all rows the same length, at least one row). */
export function scalingOf(rows: readonly (readonly number[])[]): Scaling {
  const n = rows[0]?.length ?? 0;
  const N = rows.length;
  const mean = new Array<number>(n).fill(0);
  const sd = new Array<number>(n).fill(0);
  for (const r of rows) for (let i = 0; i < n; i++) mean[i] += r[i];
  for (let i = 0; i < n; i++) mean[i] /= N;
  // Two passes (sum of squared deviations), not E[x²] − E[x]², which cancels badly for large offsets.
  for (const r of rows) for (let i = 0; i < n; i++) sd[i] += (r[i] - mean[i]) ** 2;
  for (let i = 0; i < n; i++) {
    const s = Math.sqrt(sd[i] / N);
    // A constant column (or one whose spread is lost in rounding) has no scale to divide by.
    sd[i] = s > 1e-12 * Math.max(1, Math.abs(mean[i])) ? s : 1;
  }
  return { mean, sd };
}

/** Rows with each column standardized by `scaling`. */
export function standardize(rows: readonly (readonly number[])[], scaling: Scaling): number[][] {
  return rows.map((r) => r.map((v, i) => (v - scaling.mean[i]) / scaling.sd[i]));
}

/** The inverse of {@link standardize}: z · sd + mean per column. */
export function unstandardize(rows: readonly (readonly number[])[], scaling: Scaling): number[][] {
  return rows.map((r) => r.map((z, i) => z * scaling.sd[i] + scaling.mean[i]));
}
