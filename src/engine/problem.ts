/**
 * A problem: the records (x^μ, y^μ) of a single-layer network with n inputs and
 * k output units, and whether the bias input x₀ = 1 is on.
 */

/** Largest numbers of records, inputs and outputs a problem may have. */
export const MAX_RECORDS = 100_000;
export const MAX_INPUTS = 32;
export const MAX_OUTPUTS = 8;

/**
 * Records stored flat in typed arrays. `xb` holds each record's inputs with the
 * bias input in front when it is on, so every loop runs over d = n (+1) columns.
 */
export interface Problem {
  /** Number of inputs x₁…xₙ (not counting the bias). */
  readonly n: number;
  /** Number of output units. */
  readonly k: number;
  /** Number of records μ = 1…N. */
  readonly N: number;
  /** Whether input 0 (x₀ = 1) is on. */
  readonly bias: boolean;
  /** Weights per output unit: d = n + (bias ? 1 : 0). */
  readonly d: number;
  /** Inputs as given, N × n, record-major. */
  readonly x: Float64Array;
  /** Inputs with the bias column, N × d, record-major. */
  readonly xb: Float64Array;
  /** Targets, N × k, record-major. */
  readonly y: Float64Array;
}

/** What went wrong with the numbers given for a problem. */
export type ProblemResult = { ok: true; problem: Problem } | { ok: false; error: string };

/**
 * Builds a problem from rows of inputs and rows of targets, checking that both
 * are non-empty, finite and rectangular, and that they have the same number of records.
 */
export function createProblem(x: readonly (readonly number[])[], y: readonly (readonly number[])[], bias: boolean): ProblemResult {
  if (x.length === 0) return { ok: false, error: 'x has no records' };
  if (y.length === 0) return { ok: false, error: 'y has no records' };
  if (x.length !== y.length) {
    return { ok: false, error: `x has ${x.length} record${x.length === 1 ? '' : 's'} but y has ${y.length}` };
  }
  if (x.length > MAX_RECORDS) return { ok: false, error: `too many records (${x.length}; at most ${MAX_RECORDS})` };
  const n = x[0].length;
  const k = y[0].length;
  if (n === 0) return { ok: false, error: 'x has no inputs' };
  if (k === 0) return { ok: false, error: 'y has no targets' };
  if (n > MAX_INPUTS) return { ok: false, error: `too many inputs (${n}; at most ${MAX_INPUTS})` };
  if (k > MAX_OUTPUTS) return { ok: false, error: `too many output units (${k}; at most ${MAX_OUTPUTS})` };
  const N = x.length;
  const d = n + (bias ? 1 : 0);
  const xs = new Float64Array(N * n);
  const xb = new Float64Array(N * d);
  const ys = new Float64Array(N * k);
  for (let mu = 0; mu < N; mu++) {
    const row = x[mu];
    if (row.length !== n) return { ok: false, error: `x record ${mu + 1} has ${row.length} values, record 1 has ${n}` };
    const target = y[mu];
    if (target.length !== k) return { ok: false, error: `y record ${mu + 1} has ${target.length} values, record 1 has ${k}` };
    if (bias) xb[mu * d] = 1;
    for (let i = 0; i < n; i++) {
      const v = row[i];
      if (!Number.isFinite(v)) return { ok: false, error: `x record ${mu + 1}, input ${i + 1} is not a finite number` };
      xs[mu * n + i] = v;
      xb[mu * d + i + (bias ? 1 : 0)] = v;
    }
    for (let j = 0; j < k; j++) {
      const v = target[j];
      if (!Number.isFinite(v)) return { ok: false, error: `y record ${mu + 1}, output ${j + 1} is not a finite number` };
      ys[mu * k + j] = v;
    }
  }
  return { ok: true, problem: { n, k, N, bias, d, x: xs, xb, y: ys } };
}

/**
 * The seed's index i of weight column c (0-based column of xb): with the bias on
 * column 0 is w₀, otherwise column 0 is w₁.
 */
export function seedIndex(problem: Pick<Problem, 'bias'>, column: number): number {
  return problem.bias ? column : column + 1;
}

/** The column of xb that holds the seed's input i; −1 when there is none. */
export function columnOf(problem: Pick<Problem, 'bias' | 'n'>, i: number): number {
  const c = problem.bias ? i : i - 1;
  return c >= 0 && c < problem.n + (problem.bias ? 1 : 0) ? c : -1;
}

/** Flat index of wᵢⱼ (seed index i, unit j from 1) in a weight vector: unit-major, w[(j−1)·d + column]. */
export function weightIndex(problem: Pick<Problem, 'bias' | 'n' | 'd'>, i: number, j: number): number {
  const c = columnOf(problem, i);
  return c < 0 ? -1 : (j - 1) * problem.d + c;
}

/** Records as rows, for display and export. */
export function recordsOf(problem: Problem): { x: number[][]; y: number[][] } {
  const x: number[][] = [];
  const y: number[][] = [];
  for (let mu = 0; mu < problem.N; mu++) {
    x.push(Array.from(problem.x.subarray(mu * problem.n, (mu + 1) * problem.n)));
    y.push(Array.from(problem.y.subarray(mu * problem.k, (mu + 1) * problem.k)));
  }
  return { x, y };
}
