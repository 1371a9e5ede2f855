/**
 * The CSV format's types, in one home: what reading a file gives and how it is
 * asked for, and the codec the data editor is handed. The codec itself lives in
 * src/share/csv.ts (state in and out of the page); App passes it to the editor,
 * so ui never imports share.
 */

import type { ProblemInput, ProblemSettings } from './types';

/** How to read a file. */
export interface CsvOptions {
  /** k: how many trailing columns are targets, 1…MAX_OUTPUTS. */
  outputs: number;
  /**
   * Whether the first row names the columns. 'auto' (the default): it does when
   * at least one of its cells is not a finite number.
   */
  header?: 'auto' | 'yes' | 'no';
}

/** The records read from a file, or what is wrong with it; `row` is the 1-based line, `column` 1-based. */
export type CsvResult =
  | { ok: true; x: number[][]; y: number[][]; header: string[] | null; inputs: number; outputs: number }
  | { ok: false; message: string; row?: number; column?: number };

/** A run file (JSON, from Export) read back: the problem and the settings to load it with, or what is wrong. */
export type RunFileResult = { ok: true; input: ProblemInput; settings: ProblemSettings } | { ok: false; message: string };

/** Reading and writing CSV (and reading a run file, which the same loader takes). */
export interface CsvCodec {
  parse(text: string, options: CsvOptions): CsvResult;
  format(x: readonly (readonly number[])[], y: readonly (readonly number[])[], header?: readonly string[] | null): string;
  /** Reads a run file exported as JSON. */
  parseRun(text: string): RunFileResult;
  /** Largest file read, in bytes; a larger File is refused before it is read. */
  maxBytes: number;
}
