/**
 * Turning numbers typed or linked by a person into a problem and its weights,
 * with a message that says exactly what is wrong when they do not fit.
 */
import { createProblem, type Problem } from '../engine';

/** A problem with the weights it starts from (flat, unit-major). */
export interface ProblemWithWeights {
  problem: Problem;
  w0: number[];
}

/**
 * Checks that weight groups fit a problem: one group per output unit, each with
 * n values (n + 1 with the bias, w₀ first). Returns them flat, or an error.
 */
export function flattenWeights(
  groups: readonly (readonly number[])[],
  shape: { n: number; k: number; bias: boolean },
): { ok: true; w: number[] } | { ok: false; error: string } {
  const d = shape.n + (shape.bias ? 1 : 0);
  const want = `${shape.k} group${shape.k === 1 ? '' : 's'} of ${d} weight${d === 1 ? '' : 's'}${shape.bias ? ' (w₀ first, for the bias)' : ''}`;
  if (groups.length !== shape.k) return { ok: false, error: `w has ${groups.length} group${groups.length === 1 ? '' : 's'}; this problem needs ${want}` };
  const w: number[] = [];
  for (let j = 0; j < groups.length; j++) {
    if (groups[j].length !== d) return { ok: false, error: `w group ${j + 1} has ${groups[j].length} values; this problem needs ${want}` };
    for (const v of groups[j]) {
      if (!Number.isFinite(v)) return { ok: false, error: 'w holds a value that is not a finite number' };
      w.push(v);
    }
  }
  return { ok: true, w };
}

/** Builds a problem and its starting weights (zeros when `w` is omitted), or says what is wrong. */
export function buildProblem(
  x: readonly (readonly number[])[],
  y: readonly (readonly number[])[],
  w: readonly (readonly number[])[] | null,
  bias: boolean,
): { ok: true; value: ProblemWithWeights } | { ok: false; error: string } {
  const made = createProblem(x, y, bias);
  if (!made.ok) return made;
  const { problem } = made;
  if (w === null) return { ok: true, value: { problem, w0: new Array<number>(problem.k * problem.d).fill(0) } };
  const flat = flattenWeights(w, problem);
  if (!flat.ok) return flat;
  return { ok: true, value: { problem, w0: flat.w } };
}
