/**
 * The data editor's edits as pure functions on copies of the records: a cell, a
 * record, a column. Each returns the new records and, where the network's shape
 * changes, the starting weights that still apply (a new weight starts at 0), so an
 * edit never throws away the weights a student has set.
 */
import type { Dataset } from '../../store';

/** Mutable copies of the records, ready for `loadProblem`. */
export interface Records {
  x: number[][];
  y: number[][];
  /** n input names then k target names, or null. */
  names: string[] | null;
}

/** Which part of a record a column belongs to. */
export type Part = 'input' | 'target';

/** The network's shape the weights are laid out in (flat, unit-major, w₀ first when the bias is on). */
export interface WeightShape {
  k: number;
  d: number;
  bias: boolean;
}

/** Copies of the records as given, so an edit never touches the store's arrays. */
export function copyRecords(data: Dataset): Records {
  return { x: data.x.map((r) => [...r]), y: data.y.map((r) => [...r]), names: data.names ? [...data.names] : null };
}

/** The records with one value replaced; `column` counts inputs then targets from 0. */
export function withCell(data: Dataset, mu: number, column: number, value: number): Records {
  const r = copyRecords(data);
  const n = r.x[0]?.length ?? 0;
  if (column < n) r.x[mu][column] = value;
  else r.y[mu][column - n] = value;
  return r;
}

/** The records with a copy of the last one appended (a copy, so it is a plausible record to edit). */
export function withRecordAdded(data: Dataset): Records {
  const r = copyRecords(data);
  const last = r.x.length - 1;
  r.x.push([...r.x[last]]);
  r.y.push([...r.y[last]]);
  return r;
}

/** The records without record `mu` (0-based). */
export function withRecordRemoved(data: Dataset, mu: number): Records {
  const r = copyRecords(data);
  r.x.splice(mu, 1);
  r.y.splice(mu, 1);
  return r;
}

/** Weight groups, one per output unit, from the flat starting weights. */
export function weightGroups(w0: readonly number[], shape: WeightShape): number[][] {
  const groups: number[][] = [];
  for (let j = 0; j < shape.k; j++) groups.push(w0.slice(j * shape.d, (j + 1) * shape.d));
  return groups;
}

/**
 * The records with a column of zeros added after the last input or the last
 * target, its name `x{n+1}` or `y{k+1}` when the columns are named, and the
 * weight groups for the new shape (the new weight, or the new unit's weights, at 0).
 */
export function withColumnAdded(data: Dataset, part: Part, w0: readonly number[], shape: WeightShape): { records: Records; w: number[][] } {
  const r = copyRecords(data);
  const n = r.x[0].length;
  const k = r.y[0].length;
  const w = weightGroups(w0, shape);
  if (part === 'input') {
    for (const row of r.x) row.push(0);
    r.names?.splice(n, 0, `x${n + 1}`);
    for (const g of w) g.push(0);
  } else {
    for (const row of r.y) row.push(0);
    r.names?.push(`y${k + 1}`);
    w.push(new Array<number>(shape.d).fill(0));
  }
  return { records: r, w };
}

/** The records without input (or target) column `index` (0-based within its part), its name, and its weights. */
export function withColumnRemoved(
  data: Dataset,
  part: Part,
  index: number,
  w0: readonly number[],
  shape: WeightShape,
): { records: Records; w: number[][] } {
  const r = copyRecords(data);
  const n = r.x[0].length;
  const w = weightGroups(w0, shape);
  if (part === 'input') {
    for (const row of r.x) row.splice(index, 1);
    r.names?.splice(index, 1);
    // w₀ (the bias weight) sits in front of w₁…wₙ in every group.
    for (const g of w) g.splice(index + (shape.bias ? 1 : 0), 1);
  } else {
    for (const row of r.y) row.splice(index, 1);
    r.names?.splice(n + index, 1);
    w.splice(index, 1);
  }
  return { records: r, w };
}
