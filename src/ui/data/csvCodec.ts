/**
 * What the data editor needs from a CSV codec. The codec lives in src/share
 * (state in and out of the page); App passes it in, so ui never imports share.
 */

/** The result of reading CSV text: records, or a message naming the row and column. */
export type CsvReadResult =
  | { ok: true; x: number[][]; y: number[][]; header: string[] | null; inputs: number; outputs: number }
  | { ok: false; message: string; row?: number; column?: number };

/** Reading and writing CSV. */
export interface CsvCodec {
  parse(text: string, options: { outputs: number; header?: 'auto' | 'yes' | 'no' }): CsvReadResult;
  format(x: readonly (readonly number[])[], y: readonly (readonly number[])[], header?: readonly string[] | null): string;
  /** Largest file read, in bytes; a larger File is refused before it is read. */
  maxBytes: number;
}
