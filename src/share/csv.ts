/**
 * The CSV contract for the user's own data set: one record per row, the inputs
 * x₁…xₙ first and the k targets y₁…yₖ in the last k columns, with an optional
 * header row. Reading is strict — every cell a finite number, every row as wide
 * as the first — and every error names the row and column as a text editor
 * shows them. Nothing here touches the DOM or the store.
 *
 * Only d3-dsv's csvParseRows and csvFormatRows are used: csvParse (row objects)
 * compiles its accessor with `new Function`, which a Content-Security-Policy
 * without 'unsafe-eval' forbids.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { MAX_INPUTS, MAX_OUTPUTS, MAX_RECORDS } from '../engine';
import { parseNumber } from '../notation';
import type { CsvOptions, CsvResult } from '../store';

export type { CsvOptions, CsvResult } from '../store';

/**
 * Longest text parseCsv reads, in UTF-16 code units (one per byte for the ASCII
 * a file of numbers is made of). Callers holding a File should compare its size
 * first, so that a huge file is never read into memory.
 */
export const MAX_CSV_BYTES = 5_000_000;

/** Most characters of a bad cell quoted back in a message. */
export const MAX_SHOWN_CHARS = 20;

/** A number written plainly but out of range ("1e309"); parseNumber has already refused it. */
const NUMBER_SHAPE = /^[+\-−]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
/** Line breaks inside a quoted cell, which move every later row down a line. */
const LINE_BREAK = /\r\n|\r|\n/g;
/** Characters never echoed in a message: control, invisible-format (bidi overrides), lone surrogates, line/paragraph separators. */
const UNSHOWABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** What a spreadsheet may take for the start of a formula (OWASP "CSV injection"), also after leading spaces. */
const FORMULA_START = /^[\t\r]|^\s*[=+\-@]/;

/** `n` and the word, plural when needed: 1 column, 2 columns. */
function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** At most MAX_SHOWN_CHARS of a cell, with unshowable characters as '?', so a message never carries a payload. */
function show(cell: string): string {
  // Code points, so no surrogate pair is cut; 2 per point covers them without splitting a 5 MB cell.
  const chars = Array.from(cell.slice(0, 2 * MAX_SHOWN_CHARS));
  const shown = chars.slice(0, MAX_SHOWN_CHARS).join('').replace(UNSHOWABLE, '?');
  return chars.length > MAX_SHOWN_CHARS || cell.length > 2 * MAX_SHOWN_CHARS ? `${shown}…` : shown;
}

/** The error for a cell that is not a finite number. */
function badCell(cell: string, row: number, column: number): CsvResult {
  const where = `Row ${row}, column ${column}`;
  const message =
    cell === '' ? `${where} is empty.`
    : NUMBER_SHAPE.test(cell) ? `${where}: "${show(cell)}" is too large.`
    : `${where}: "${show(cell)}" is not a number.`;
  return { ok: false, message, row, column };
}

/**
 * Reads records from CSV text: the last `options.outputs` columns are targets,
 * the others inputs. A UTF-8 BOM, CRLF/LF/CR line ends, blank lines, spaces
 * around cells and quoted cells ("1.5") are accepted. Never throws.
 */
export function parseCsv(text: string, options: CsvOptions): CsvResult {
  const { outputs, header = 'auto' } = options;
  if (!Number.isInteger(outputs) || outputs < 1 || outputs > MAX_OUTPUTS) {
    return { ok: false, message: `The number of targets must be a whole number from 1 to ${MAX_OUTPUTS}.` };
  }
  if (text.length > MAX_CSV_BYTES) {
    const mb = Math.ceil(text.length / 100_000) / 10; // rounded up, so a file just over never reads as "5.0 MB"
    return { ok: false, message: `The file is ${mb.toFixed(1)} MB; the limit is ${MAX_CSV_BYTES / 1_000_000} MB.` };
  }

  // Non-blank rows with the line each starts on; a quoted cell may span lines.
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  for (const raw of csvParseRows(text.replace(/^\uFEFF/, ''))) {
    const cells = raw.map((c) => c.trim());
    if (cells.length > 1 || cells[0] !== '') rows.push({ cells, line });
    line += 1 + raw.reduce((breaks, c) => breaks + (c.match(LINE_BREAK)?.length ?? 0), 0);
  }

  const first = rows[0];
  const hasHeader = first !== undefined && (header === 'yes' || (header === 'auto' && first.cells.some((c) => parseNumber(c) === null)));
  const data = hasHeader ? rows.slice(1) : rows;
  if (data.length === 0) return { ok: false, message: 'The file has no records.' };
  const shape = hasHeader ? first : data[0];
  const columns = shape.cells.length;
  const inputs = columns - outputs;
  if (inputs < 1) {
    return {
      ok: false,
      message: `Row ${shape.line} has ${count(columns, 'column')}; it needs at least ${outputs + 1}: one or more inputs, then ${count(outputs, 'target')}.`,
      row: shape.line,
    };
  }
  if (inputs > MAX_INPUTS) {
    return {
      ok: false,
      message: `Row ${shape.line} has ${count(columns, 'column')}: ${count(inputs, 'input')} and ${count(outputs, 'target')}; the limit is ${MAX_INPUTS} inputs.`,
      row: shape.line,
    };
  }
  if (data.length > MAX_RECORDS) {
    return { ok: false, message: `The file has ${count(data.length, 'record')}; the limit is ${MAX_RECORDS.toLocaleString('en')}.` };
  }

  const x: number[][] = [];
  const y: number[][] = [];
  for (const { cells, line: row } of data) {
    if (cells.length !== columns) {
      return {
        ok: false,
        message: `Row ${row} has ${count(cells.length, 'column')}; expected ${columns}, like row ${shape.line}.`,
        row,
        column: Math.min(cells.length, columns) + 1, // the first missing or extra cell
      };
    }
    const values: number[] = [];
    for (let c = 0; c < columns; c++) {
      const v = parseNumber(cells[c]);
      if (v === null) return badCell(cells[c], row, c + 1);
      values.push(v);
    }
    x.push(values.slice(0, inputs));
    y.push(values.slice(inputs));
  }
  return { ok: true, x, y, header: hasHeader ? first.cells : null, inputs, outputs };
}

/**
 * Writes records as CSV: a header row (x1,…,xn,y1,…,yk unless `header` is
 * given), then one row per record, each number as String(v), which reads back
 * exactly; '\n' line ends and a trailing newline. Header cells a spreadsheet
 * could run as a formula get a leading "'", and RFC 4180 quoting applies.
 * Throws a RangeError when the records are ragged, hold a value that is not a
 * finite number, or do not match the header's width — a caller's bug, since
 * every Problem is rectangular and finite.
 */
export function formatCsv(x: readonly (readonly number[])[], y: readonly (readonly number[])[], header?: readonly string[] | null): string {
  if (x.length !== y.length) throw new RangeError(`x has ${count(x.length, 'record')} but y has ${y.length}`);
  const n = x[0]?.length ?? 0;
  const k = y[0]?.length ?? 0;
  const names = header
    ? header.map((h) => (FORMULA_START.test(h) ? `'${h}` : h))
    : [...Array.from({ length: n }, (_, i) => `x${i + 1}`), ...Array.from({ length: k }, (_, j) => `y${j + 1}`)];
  if (names.length !== n + k) throw new RangeError(`the header has ${count(names.length, 'name')}; the records have ${n + k} columns`);
  const rows = x.map((inputs, mu) => {
    const values = [...inputs, ...y[mu]];
    if (inputs.length !== n || y[mu].length !== k || !values.every(Number.isFinite)) {
      throw new RangeError(`record ${mu + 1} is ragged or holds a value that is not a finite number`);
    }
    return values.map(String);
  });
  return `${csvFormatRows([names, ...rows])}\n`;
}
