/**
 * The URL contract of DESIGN §3: every parameter, the fragment winning over the
 * query, and unknown, invalid and hostile input dropped with a notice that names
 * it — never a throw, never a polluted prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseNumber, parseRecords, parseUrl } from '../../src/share/url';

/** The notice that names parameter `name` (as `name=` or “name”), if any. */
function noticeFor(notices: readonly string[], name: string): string | undefined {
  const re = new RegExp(`(^|[^\\w])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(=|”|\\s)`);
  return notices.find((n) => re.test(n));
}

describe('parseUrl: each parameter', () => {
  it.each<[string, string, unknown]>([
    ['act', 'tanh', 'tanh'],
    ['act', 'leaky-relu', 'leaky-relu'],
    ['eta', '0.25', 0.25],
    ['eta', '1e-3', 0.001],
    ['x', '1,2;3,4', [[1, 2], [3, 4]]],
    ['x', '0.3,-1.2', [[0.3, -1.2]]],
    ['y', '0.5;0.7', [[0.5], [0.7]]],
    ['w', '0.1,0.2;0.3,0.4', [[0.1, 0.2], [0.3, 0.4]]],
    ['w', '-1', [[-1]]],
    ['bias', '1', true],
    ['bias', '0', false],
    ['std', '1', true],
    ['std', '0', false],
    ['loss', 'mse', 'mse'],
    ['loss', 'sse', 'sse'],
    ['mode', 'stochastic', 'stochastic'],
    ['mode', 'minibatch', 'minibatch'],
    ['batch', '3', 3],
    ['opt', 'momentum', 'momentum'],
    ['opt', 'adam', 'adam'],
    ['view', 'contour', 'contour'],
    ['view', 'curve', 'curve'],
    ['axes', '1,2', [1, 2]],
    ['axes', '0', [0]],
    ['steps', '5', 5],
    ['steps', '0', 0],
    ['speed', '10', 10],
    ['embed', '1', true],
    ['embed', '0', false],
    ['origin', 'https://example.org', 'https://example.org'],
    ['theme', 'dark', 'dark'],
    ['theme', 'projector', 'projector'],
    ['preset', 'two-inputs', 'two-inputs'],
  ])('parseUrl reads %s=%s', (name, value, expected) => {
    const search = `?${name}=${encodeURIComponent(value)}`;
    const fromQuery = parseUrl(search, '');
    expect(fromQuery.notices).toEqual([]);
    expect(fromQuery.params).toEqual({ [name]: expected });
    // The fragment has the same syntax.
    const fromHash = parseUrl('', `#${name}=${encodeURIComponent(value)}`);
    expect(fromHash.notices).toEqual([]);
    expect(fromHash.params).toEqual({ [name]: expected });
  });

  it('parseUrl reads x, y and w unencoded, as people type them', () => {
    const { params, notices } = parseUrl('?x=1,2;3,4&y=0.5;0.7&w=0.1,-0.2', '');
    expect(notices).toEqual([]);
    expect(params.x).toEqual([[1, 2], [3, 4]]);
    expect(params.y).toEqual([[0.5], [0.7]]);
    expect(params.w).toEqual([[0.1, -0.2]]);
  });

  it('parseUrl reads the issue’s example link in full', () => {
    const { params, notices } = parseUrl('?act=tanh&x=0.3,-1.2&y=0.4&w=0.8,0.1&eta=0.2', '');
    expect(notices).toEqual([]);
    expect(params).toEqual({ act: 'tanh', x: [[0.3, -1.2]], y: [[0.4]], w: [[0.8, 0.1]], eta: 0.2 });
  });

  it('parseUrl accepts a query string without the leading ? and a fragment without #', () => {
    expect(parseUrl('eta=0.3', '').params.eta).toBe(0.3);
    expect(parseUrl('', 'eta=0.4').params.eta).toBe(0.4);
  });

  it('parseUrl of empty query and fragment gives no parameters and no notices', () => {
    expect(parseUrl('', '')).toEqual({ params: {}, notices: [], problems: [] });
    expect(parseUrl('?', '#')).toEqual({ params: {}, notices: [], problems: [] });
  });
});

describe('parseUrl: query and fragment', () => {
  it('parseUrl lets the fragment win over the query for the same name', () => {
    const { params, notices } = parseUrl('?eta=0.2&act=tanh', '#eta=0.3');
    expect(notices).toEqual([]);
    expect(params.eta).toBe(0.3);
    expect(params.act).toBe('tanh');
  });

  it('parseUrl lets the fragment win for records too', () => {
    const { params } = parseUrl('?x=1;2&y=3;4', '#x=5;6');
    expect(params.x).toEqual([[5], [6]]);
    expect(params.y).toEqual([[3], [4]]);
  });

  it('parseUrl reports an invalid fragment value even when the query holds a valid one', () => {
    const { notices } = parseUrl('?eta=0.2', '#eta=abc');
    expect(noticeFor(notices, 'eta')).toBeDefined();
  });
});

describe('parseUrl: unknown and invalid parameters', () => {
  it('parseUrl names unknown parameters in a notice and ignores them', () => {
    const { params, notices } = parseUrl('?foo=1&eta=0.2', '#barbaz=2');
    expect(params).toEqual({ eta: 0.2 });
    expect(notices).toHaveLength(2);
    expect(notices.some((n) => n.includes('foo'))).toBe(true);
    expect(notices.some((n) => n.includes('barbaz'))).toBe(true);
  });

  it('parseUrl reports an unknown name once even when it is repeated', () => {
    const { notices } = parseUrl('?foo=1&foo=2', '#foo=3');
    expect(notices.filter((n) => n.includes('foo'))).toHaveLength(1);
  });

  it.each([
    ['eta', 'abc'],
    ['eta', '1e309'],
    ['eta', '-1'],
    ['eta', '0'],
    ['eta', '1000'],
    ['eta', ''],
    ['act', 'foo'],
    ['act', 'Sigmoid'],
    ['x', '1,,2'],
    ['x', '1,2;3,x'],
    ['y', ''],
    ['w', 'NaN'],
    ['steps', '1.5'],
    ['steps', '-1'],
    ['steps', '1000001'],
    ['theme', 'blue'],
    ['bias', 'yes'],
    ['std', 'on'],
    ['embed', 'true'],
    ['loss', 'mae'],
    ['mode', 'online'],
    ['batch', '0'],
    ['batch', '2.5'],
    ['opt', 'sgd'],
    ['view', '3d'],
    ['axes', '1,2,3'],
    ['axes', 'a'],
    ['speed', '0'],
    ['speed', 'Infinity'],
    ['origin', 'javascript:alert(1)'],
    ['origin', 'https://example.org/path'],
    ['preset', 'Bad Name!'],
  ])('parseUrl drops %s=%s with a notice naming the parameter', (name, value) => {
    // A valid parameter alongside, which must survive.
    const [other, otherValue, parsed] = name === 'theme' ? ['act', 'linear', 'linear'] : ['theme', 'dark', 'dark'];
    const { params, notices } = parseUrl(`?${name}=${encodeURIComponent(value)}&${other}=${otherValue}`, '');
    // A bad origin= is not dropped but closes the frame to every page (fail closed).
    expect(params).toEqual(name === 'origin' ? { [other]: parsed, origin: false } : { [other]: parsed });
    expect(notices).toHaveLength(1);
    expect(noticeFor(notices, name), notices[0]).toBeDefined();
  });

  it('parseUrl names the bad record and value of x=1,,2', () => {
    const { notices } = parseUrl('?x=1,,2', '');
    expect(notices[0]).toMatch(/record 1, value 2/);
  });
});

describe('parseUrl: hostile input', () => {
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeys);
  });

  it('parseUrl ignores __proto__ and constructor without polluting Object.prototype', () => {
    const search = '?__proto__=1&constructor=x&__proto__[polluted]=1&constructor[prototype][polluted]=1&prototype=2&hasOwnProperty=3';
    let result: ReturnType<typeof parseUrl> | undefined;
    expect(() => {
      result = parseUrl(search, '#__proto__=2&toString=1');
    }).not.toThrow();
    const { params, notices } = result!;
    expect(Object.keys(params)).toEqual([]);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(params, '__proto__')).toBe(false);
    expect(Object.prototype.hasOwnProperty.call(params, 'constructor')).toBe(false);
    expect(notices.some((n) => n.includes('__proto__'))).toBe(true);
    expect(notices.some((n) => n.includes('constructor'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as { constructor: unknown }).constructor).toBe(Object);
    expect(typeof ({} as { toString: unknown }).toString).toBe('function');
  });

  it('parseUrl drops x=<script>alert(1)</script> with a notice', () => {
    const value = '<script>alert(1)</script>';
    expect(() => parseUrl(`?x=${encodeURIComponent(value)}`, '')).not.toThrow();
    const { params, notices } = parseUrl(`?x=${encodeURIComponent(value)}`, '');
    expect(params.x).toBeUndefined();
    expect(noticeFor(notices, 'x')).toBeDefined();
    // Also unencoded.
    const raw = parseUrl(`?x=${value}`, '');
    expect(raw.params.x).toBeUndefined();
    expect(raw.notices.length).toBeGreaterThan(0);
  });

  it('parseUrl ignores a 300,000-character value without throwing, with a short notice', () => {
    const huge = '1,'.repeat(150_000);
    expect(huge.length).toBe(300_000);
    let result: ReturnType<typeof parseUrl> | undefined;
    expect(() => {
      result = parseUrl(`?x=${huge}&eta=0.2`, `#w=${'9'.repeat(300_000)}`);
    }).not.toThrow();
    const { params, notices } = result!;
    expect(params).toEqual({ eta: 0.2 });
    expect(noticeFor(notices, 'x')).toBeDefined();
    expect(noticeFor(notices, 'w')).toBeDefined();
    for (const n of notices) expect(n.length).toBeLessThan(300);
  });

  it('parseUrl shortens a huge unknown name in its notice', () => {
    const name = 'a'.repeat(300_000);
    const { params, notices } = parseUrl(`?${name}=1`, '');
    expect(params).toEqual({});
    expect(notices).toHaveLength(1);
    expect(notices[0].length).toBeLessThan(300);
  });

  it('parseUrl survives malformed percent-encoding', () => {
    expect(() => parseUrl('?eta=%E0%A4%A&x=%', '#%%%')).not.toThrow();
  });
});

describe('parseNumber', () => {
  it.each(['', ' ', '0x10', 'Infinity', '-Infinity', '1e309', 'NaN', 'abc', '1,5', '1.2.3', '--1', '1e', 'e3', '٣'])(
    'parseNumber(%j) is null',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );

  it.each<[string, number]>([
    ['-2', -2],
    ['.5', 0.5],
    ['1e-3', 0.001],
    ['−3', -3],
    ['0', 0],
    ['+4', 4],
    [' 2.5 ', 2.5],
    ['1E3', 1000],
    ['5.', 5],
  ])('parseNumber(%j) is %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe('parseRecords', () => {
  it('parseRecords splits records by ; and values by ,', () => {
    expect(parseRecords('1,2;3,4', 10, 10)).toEqual({ ok: true, rows: [[1, 2], [3, 4]] });
  });

  it('parseRecords accepts one trailing ;', () => {
    expect(parseRecords('1;2;', 10, 10)).toEqual({ ok: true, rows: [[1], [2]] });
  });

  it('parseRecords refuses empty text, too many records, too many values and a bad value, saying which', () => {
    const empty = parseRecords('  ', 10, 10);
    expect(empty.ok).toBe(false);
    const rows = parseRecords('1;2;3', 2, 10);
    expect(rows.ok).toBe(false);
    if (!rows.ok) expect(rows.error).toMatch(/3 records/);
    const cols = parseRecords('1,2,3', 10, 2);
    expect(cols.ok).toBe(false);
    if (!cols.ok) expect(cols.error).toMatch(/record 1 has 3 values/);
    const bad = parseRecords('1,2;3,abc', 10, 10);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/record 2, value 2 \(“abc”\)/);
  });
});
