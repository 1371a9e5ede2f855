/**
 * The CSV contract of the user's data set: good files in every common dialect,
 * an exact round trip, bad and hostile cells reported at their row and column
 * (as a text editor counts lines), the size limits, and header cells a
 * spreadsheet could run as formulas neutralized on export.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/engine';
import { formatCsv, MAX_CSV_BYTES, parseCsv } from '../../src/share/csv';

describe('parseCsv: good input', () => {
  it('parseCsv(text) with a header row returns the header and splits inputs from the last column', () => {
    expect(parseCsv('x1,x2,y1\n1,2,3\n4,5,6\n', { outputs: 1 })).toEqual({
      ok: true, x: [[1, 2], [4, 5]], y: [[3], [6]], header: ['x1', 'x2', 'y1'], inputs: 2, outputs: 1,
    });
  });

  it('parseCsv(text) without a header row (auto) reads every row as a record', () => {
    expect(parseCsv('1,2,3\n4,5,6', { outputs: 1 })).toEqual({
      ok: true, x: [[1, 2], [4, 5]], y: [[3], [6]], header: null, inputs: 2, outputs: 1,
    });
  });

  it('parseCsv(text, {outputs: 2}) takes the last two columns as targets', () => {
    expect(parseCsv('a,b,c,d\n1,2,3,4\n', { outputs: 2 })).toEqual({
      ok: true, x: [[1, 2]], y: [[3, 4]], header: ['a', 'b', 'c', 'd'], inputs: 2, outputs: 2,
    });
  });

  it("parseCsv(text, {header: 'yes'}) takes even an all-numeric first row as the header", () => {
    expect(parseCsv('1,2,3\n4,5,6\n', { outputs: 1, header: 'yes' })).toEqual({
      ok: true, x: [[4, 5]], y: [[6]], header: ['1', '2', '3'], inputs: 2, outputs: 1,
    });
  });

  it("parseCsv(text, {header: 'no'}) reads a text first row as a bad record", () => {
    expect(parseCsv('x,y\n1,2\n', { outputs: 1, header: 'no' })).toEqual({
      ok: false, message: 'Row 1, column 1: "x" is not a number.', row: 1, column: 1,
    });
  });

  it('parseCsv(text) with CRLF, CR-only and LF line ends reads the same records', () => {
    const want = { ok: true, x: [[1], [3]], y: [[2], [4]], header: ['x', 'y'], inputs: 1, outputs: 1 };
    expect(parseCsv('x,y\r\n1,2\r\n3,4\r\n', { outputs: 1 })).toEqual(want);
    expect(parseCsv('x,y\r1,2\r3,4\r', { outputs: 1 })).toEqual(want);
    expect(parseCsv('x,y\n1,2\n3,4', { outputs: 1 })).toEqual(want);
  });

  it('parseCsv(text) strips a UTF-8 BOM from the first header cell', () => {
    expect(parseCsv('\uFEFFx,y\n1,2\n', { outputs: 1 })).toEqual({
      ok: true, x: [[1]], y: [[2]], header: ['x', 'y'], inputs: 1, outputs: 1,
    });
  });

  it('parseCsv(text) accepts quoted cells, commas inside quoted header names and spaces around cells', () => {
    expect(parseCsv('"a,b", "y" \n"1.5","-2"\n 3 ,\t4 \n', { outputs: 1 })).toEqual({
      ok: true, x: [[1.5], [3]], y: [[-2], [4]], header: ['a,b', '"y"'], inputs: 1, outputs: 1,
    });
  });

  it('parseCsv(text) ignores blank and whitespace-only lines, before, between and after the records', () => {
    expect(parseCsv('\n\nx,y\n\n1,2\n   \n3,4\n\n\n', { outputs: 1 })).toEqual({
      ok: true, x: [[1], [3]], y: [[2], [4]], header: ['x', 'y'], inputs: 1, outputs: 1,
    });
  });

  it('parseCsv(text) reads exponents, a leading + or −, and bare decimal points', () => {
    expect(parseCsv('1e3,-2.5E-2\n+3,−4\n.5,5.\n1e+21,-0.125\n', { outputs: 1 })).toEqual({
      ok: true, x: [[1000], [3], [0.5], [1e21]], y: [[-0.025], [-4], [5], [-0.125]], header: null, inputs: 1, outputs: 1,
    });
  });
});

describe('formatCsv → parseCsv', () => {
  it('formatCsv(x, y) writes an x1…,y1… header, String(v) numbers and a trailing newline', () => {
    expect(formatCsv([[1, 0.5], [-3, 1e-7]], [[-2], [1e21]])).toBe('x1,x2,y1\n1,0.5,-2\n-3,1e-7,1e+21\n');
  });

  it('formatCsv(x, y) then parseCsv gives back exactly the seeded random records', () => {
    const random = createRandom(20240611);
    // Magnitudes from 1e-12 to 1e12 and both signs, so every digit of String(v) matters.
    const value = () => (random() - 0.5) * 10 ** Math.floor(random() * 25 - 12);
    const x = Array.from({ length: 200 }, () => [value(), value(), value()]);
    const y = Array.from({ length: 200 }, () => [value(), value()]);
    // Values whose shortest form is awkward: thirds, the extremes of the double range.
    x.push([1 / 3, 5e-324, -1.7976931348623157e308]);
    y.push([0.1 + 0.2, 123456789012345680000]);
    expect(parseCsv(formatCsv(x, y), { outputs: 2 })).toEqual({
      ok: true, x, y, header: ['x1', 'x2', 'x3', 'y1', 'y2'], inputs: 3, outputs: 2,
    });
  });

  it('formatCsv(x, y, header) with commas and quotes in names reads back the same names', () => {
    const text = formatCsv([[1]], [[2]], ['a,b', 'say "hi"']);
    expect(text).toBe('"a,b","say ""hi"""\n1,2\n');
    expect(parseCsv(text, { outputs: 1 })).toEqual({
      ok: true, x: [[1]], y: [[2]], header: ['a,b', 'say "hi"'], inputs: 1, outputs: 1,
    });
  });
});

describe('parseCsv: bad input names the row and column', () => {
  /** The error part of parsing `text` with one target. */
  const fail = (text: string, header: 'auto' | 'yes' | 'no' = 'auto') => parseCsv(text, { outputs: 1, header });

  it('parseCsv(text) with a short row names it, the expected and found widths, and the first missing column', () => {
    expect(fail('x1,x2,y\n1,2,3\n4,5\n')).toEqual({
      ok: false, message: 'Row 3 has 2 columns; expected 3, like row 1.', row: 3, column: 3,
    });
  });

  it('parseCsv(text) with a long row names the first extra column, counted against the first record', () => {
    expect(fail('1,2,3\n4,5,6,7\n')).toEqual({
      ok: false, message: 'Row 2 has 4 columns; expected 3, like row 1.', row: 2, column: 4,
    });
  });

  it('parseCsv(text) counts blank lines, CRLF and line breaks inside quoted cells when naming the row', () => {
    expect(fail('x,y\n\n1,2\n\nfoo,4\n')).toMatchObject({ row: 5, column: 1 });
    expect(fail('x,y\r\n1,2\r\n3,q\r\n')).toMatchObject({ row: 3, column: 2 });
    expect(fail('"first\nsecond",y\n1,2\nz,3\n')).toMatchObject({ row: 4, column: 1 });
  });

  it('parseCsv(text) with an empty cell says it is empty', () => {
    expect(fail('x,y\n1,\n')).toEqual({ ok: false, message: 'Row 2, column 2 is empty.', row: 2, column: 2 });
    expect(fail('x,y\n1,2\n "" ,3\n')).toMatchObject({ row: 3, column: 1 });
  });

  it('parseCsv(text) with text in a cell quotes it', () => {
    expect(fail('x,y\n1,2\n3,abc\n')).toEqual({ ok: false, message: 'Row 3, column 2: "abc" is not a number.', row: 3, column: 2 });
  });

  it('parseCsv(text) with a =cmd formula refuses it', () => {
    expect(fail("x1,x2,y\n1,2,3\n4,=cmd|' /C calc'!A0,6\n")).toEqual({
      ok: false, message: `Row 3, column 2: "=cmd|' /C calc'!A0" is not a number.`, row: 3, column: 2,
    });
  });

  it('parseCsv(text) with @SUM(1), +cmd or -cmd refuses them', () => {
    expect(fail('x,y\n@SUM(1),2\n')).toEqual({ ok: false, message: 'Row 2, column 1: "@SUM(1)" is not a number.', row: 2, column: 1 });
    expect(fail('x,y\n1,+cmd\n')).toMatchObject({ row: 2, column: 2 });
    expect(fail('x,y\n1,2\n-2+3+cmd|x,2\n')).toMatchObject({ row: 3, column: 1 });
  });

  it('parseCsv(text) quotes at most 20 characters of a bad cell', () => {
    expect(fail('x,y\n1,=1+2+3+4+5+6+7+8+9+10+11\n')).toEqual({
      ok: false, message: 'Row 2, column 2: "=1+2+3+4+5+6+7+8+9+1…" is not a number.', row: 2, column: 2,
    });
  });

  it('parseCsv(text) never echoes control or bidi characters', () => {
    expect(fail('1,2\n3,"a\u0007b\u202Ec\u0000"\n', 'no')).toEqual({
      ok: false, message: 'Row 2, column 2: "a?b?c?" is not a number.', row: 2, column: 2,
    });
  });

  it('parseCsv(text) with 1e309 says it is too large', () => {
    expect(fail('x,y\n1e309,2\n')).toEqual({ ok: false, message: 'Row 2, column 1: "1e309" is too large.', row: 2, column: 1 });
    expect(fail('x,y\n1,-1e309\n')).toMatchObject({ message: 'Row 2, column 2: "-1e309" is too large.' });
  });

  it('parseCsv(text) with NaN, Infinity, hex or a decimal comma refuses them', () => {
    expect(fail('x,y\nNaN,2\n')).toEqual({ ok: false, message: 'Row 2, column 1: "NaN" is not a number.', row: 2, column: 1 });
    expect(fail('x,y\n1,Infinity\n')).toMatchObject({ row: 2, column: 2 });
    expect(fail('x,y\n1,2\n0x10,2\n')).toEqual({ ok: false, message: 'Row 3, column 1: "0x10" is not a number.', row: 3, column: 1 });
    expect(fail('x,y\n1,"1,5"\n')).toEqual({ ok: false, message: 'Row 2, column 2: "1,5" is not a number.', row: 2, column: 2 });
  });

  it('parseCsv(text) with too few columns for the targets names the row', () => {
    expect(parseCsv('1,2\n', { outputs: 2 })).toEqual({
      ok: false, message: 'Row 1 has 2 columns; it needs at least 3: one or more inputs, then 2 targets.', row: 1,
    });
  });

  it('parseCsv(text, {outputs}) refuses 0, 9 and 1.5 targets', () => {
    for (const outputs of [0, 9, 1.5]) {
      expect(parseCsv('1,2\n', { outputs })).toEqual({ ok: false, message: 'The number of targets must be a whole number from 1 to 8.' });
    }
  });
});

describe('parseCsv: limits and empty files', () => {
  it('parseCsv(text) just over 5 MB refuses it before parsing', () => {
    expect(parseCsv('1'.repeat(5_000_001), { outputs: 1 })).toEqual({ ok: false, message: 'The file is 5.1 MB; the limit is 5 MB.' });
    expect(parseCsv('x'.repeat(7_200_000), { outputs: 1 })).toEqual({ ok: false, message: 'The file is 7.2 MB; the limit is 5 MB.' });
  });

  it('parseCsv(text) of exactly MAX_CSV_BYTES characters is read', () => {
    expect(MAX_CSV_BYTES).toBe(5_000_000);
    const text = `1,2\n${' '.repeat(5_000_000 - 4)}`;
    expect(text.length).toBe(5_000_000);
    expect(parseCsv(text, { outputs: 1 })).toMatchObject({ ok: true, x: [[1]], y: [[2]] });
  });

  it('parseCsv(text) with 100,000 records reads them and with 100,001 refuses them', () => {
    const ok = parseCsv('1,2\n'.repeat(100_000), { outputs: 1 });
    expect(ok.ok && ok.x.length).toBe(100_000);
    expect(parseCsv(`x,y\n${'1,2\n'.repeat(100_001)}`, { outputs: 1 })).toEqual({
      ok: false, message: 'The file has 100,001 records; the limit is 100,000.',
    });
  });

  it('parseCsv(text) with 32 inputs reads them and with 33 refuses them', () => {
    const ok = parseCsv(`${'1,'.repeat(32)}2\n`, { outputs: 1 });
    expect(ok).toMatchObject({ ok: true, inputs: 32, outputs: 1 });
    expect(parseCsv(`\n${'1,'.repeat(33)}2\n`, { outputs: 1 })).toEqual({
      ok: false, message: 'Row 2 has 34 columns: 33 inputs and 1 target; the limit is 32 inputs.', row: 2,
    });
  });

  it('parseCsv(text) of an empty or blank file says it has no records', () => {
    for (const text of ['', '\n', '\uFEFF', ' \r\n\n\t\n']) {
      expect(parseCsv(text, { outputs: 1 })).toEqual({ ok: false, message: 'The file has no records.' });
    }
  });

  it('parseCsv(text) of only a header says it has no records', () => {
    expect(parseCsv('x1,x2,y1\n', { outputs: 1 })).toEqual({ ok: false, message: 'The file has no records.' });
    expect(parseCsv('1,2\n', { outputs: 1, header: 'yes' })).toEqual({ ok: false, message: 'The file has no records.' });
  });
});

describe('formatCsv: hostile headers and caller errors', () => {
  it('formatCsv(x, y, header) prefixes formula-like names with a quote and quotes per RFC 4180', () => {
    const header = ["=cmd|' /C calc'!A0", '+1', '-x', '@SUM(1)', ' =1+1', '\tx', '=A1,B1', 'ok'];
    expect(formatCsv([[1, 2, 3, 4, 5, 6, 7]], [[8]], header)).toBe(
      `'=cmd|' /C calc'!A0,'+1,'-x,'@SUM(1),' =1+1,'\tx,"'=A1,B1",ok\n1,2,3,4,5,6,7,8\n`,
    );
  });

  it('formatCsv(x, y, header) quotes a name with a line break, and parseCsv still counts rows right', () => {
    const text = formatCsv([[1]], [[2]], ['two\nlines', 'y']);
    expect(text).toBe('"two\nlines",y\n1,2\n');
    expect(parseCsv(`${text}3,oops\n`, { outputs: 1 })).toMatchObject({ ok: false, row: 4, column: 2 });
  });

  it('formatCsv(x, y) throws a RangeError for mismatched records, non-finite values or a header of the wrong width', () => {
    expect(() => formatCsv([[1], [2]], [[3]])).toThrow(RangeError);
    expect(() => formatCsv([[1], [2, 3]], [[3], [4]])).toThrow(RangeError);
    expect(() => formatCsv([[Number.NaN]], [[1]])).toThrow(RangeError);
    expect(() => formatCsv([[1]], [[Infinity]])).toThrow(RangeError);
    expect(() => formatCsv([[1]], [[2]], ['only one'])).toThrow(RangeError);
  });
});

describe('csv.ts and the Content-Security-Policy', () => {
  it('src/share/csv.ts imports only csvParseRows and csvFormatRows from d3-dsv (csvParse compiles with new Function)', () => {
    const source = readFileSync(new URL('../../src/share/csv.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/^import \{ csvFormatRows, csvParseRows \} from 'd3-dsv';$/m);
    expect(source.match(/from 'd3-dsv'/g)).toHaveLength(1);
  });
});
