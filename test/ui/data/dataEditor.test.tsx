/**
 * The data editor on a store of its own: every edit reaches the store through
 * loadProblem, E follows the seed's E = ½ Σ_μ (y − ŷ)² computed here by hand,
 * bad CSV and oversized files leave the data alone and say where the fault is,
 * and export writes CSV that reads back to the same records.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/App';
import { formatCsv, MAX_CSV_BYTES, parseCsv } from '../../../src/share/csv';
import { parseRunJson } from '../../../src/share/runJson';
import { createAppStore, StoreContext, type AppStore } from '../../../src/store';
import type { CsvCodec } from '../../../src/store';
import { DataEditor } from '../../../src/ui/data/DataEditor';

const CSV: CsvCodec = { parse: parseCsv, format: formatCsv, parseRun: parseRunJson, maxBytes: MAX_CSV_BYTES };

/** The bowl preset: one input, linear unit, w starts at −1, E = ½ Σ (y − w x)². */
const BOWL_X = [0.5, 1, 1.5, 2];
const BOWL_Y = [1.1, 1.9, 3.2, 3.9];
const BOWL_W = -1;

/** The seed's error for a linear unit with one input and no bias, written out: ½ Σ_μ (y^μ − w x^μ)². */
function sseLinear(w: number, xs: readonly number[], ys: readonly number[]): number {
  let sum = 0;
  for (let mu = 0; mu < xs.length; mu++) sum += (ys[mu] - w * xs[mu]) ** 2;
  return sum / 2;
}

function setup(presetId = 'bowl', codec: CsvCodec = CSV): { store: AppStore; panel: HTMLElement } {
  const store = createAppStore(presetId);
  render(
    <StoreContext.Provider value={store}>
      <DataEditor csv={codec} />
    </StoreContext.Provider>,
  );
  return { store, panel: screen.getByRole('region', { name: /Your data/ }) };
}

const cell = (label: string) => screen.getByRole('spinbutton', { name: label }) as HTMLInputElement;
const N = (store: AppStore) => store.getState().problem.N;
const alertText = () =>
  screen
    .getAllByRole('alert')
    .map((a) => a.textContent ?? '')
    .join(' ');
const statusText = () =>
  screen
    .getAllByRole('status')
    .map((a) => a.textContent ?? '')
    .join(' ');

/** A Blob's text through FileReader (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** A real File that also has text(), as browsers give it. */
function csvFile(body: string, name: string): File {
  const file = new File([body], name, { type: 'text/csv' });
  Object.defineProperty(file, 'text', { value: () => blobText(file) });
  return file;
}

/** Gives a file input a file list (jsdom cannot pick files) and fires change. */
function chooseFile(input: HTMLElement, file: unknown): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('DataEditor cells', () => {
  it('editing x₁ of record 3 sets E to ½ Σ (y − w x)² by hand and keeps the data set’s other records', () => {
    const { store } = setup();
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
    expect(sseLinear(BOWL_W, BOWL_X, BOWL_Y)).toBeCloseTo(33.935, 12); // 1.6² + 2.9² + 4.7² + 5.9², halved
    expect(cell('x₁ of record 3').value).toBe('1.5');
    fireEvent.focus(cell('x₁ of record 3'));
    fireEvent.change(cell('x₁ of record 3'), { target: { value: '2.5' } });
    fireEvent.blur(cell('x₁ of record 3'));
    const xs = [0.5, 1, 2.5, 2];
    // (1.1 + 0.5)² + (1.9 + 1)² + (3.2 + 2.5)² + (3.9 + 2)² = 2.56 + 8.41 + 32.49 + 34.81 = 78.27
    expect(store.getState().snapshot.E).toBeCloseTo(78.27 / 2, 12);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, xs, BOWL_Y), 12);
    expect(store.getState().data.x).toEqual(xs.map((v) => [v]));
    // The run starts again from its starting weights.
    expect(store.getState().snapshot.step).toBe(0);
    expect(store.getState().snapshot.w).toEqual([BOWL_W]);
    expect(cell('x₁ of record 3').value).toBe('2.5');
  });

  it('editing the target y of record 1 changes E by hand', () => {
    const { store } = setup();
    fireEvent.focus(cell('y of record 1'));
    fireEvent.change(cell('y of record 1'), { target: { value: '-0.5' } });
    const ys = [-0.5, 1.9, 3.2, 3.9];
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, ys), 12);
    expect(store.getState().snapshot.E).toBeCloseTo((0 ** 2 + 2.9 ** 2 + 4.7 ** 2 + 5.9 ** 2) / 2, 12);
  });

  it('a cell left empty is refused with a message naming it, and the previous value is kept', () => {
    const { store } = setup();
    const before = store.getState().data;
    const input = cell('x₁ of record 2');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '' } });
    fireEvent.blur(input);
    expect(alertText()).toContain('x₁ of record 2 needs a finite number; kept 1.');
    expect(store.getState().data).toBe(before);
    expect(cell('x₁ of record 2').value).toBe('1');
  });

  it('text typed into a cell that is not a finite number is refused and the value put back', () => {
    const { store } = setup();
    const input = cell('y of record 4');
    fireEvent.focus(input);
    // A number input hands over "" for "1e999" (it overflows), as a browser does.
    fireEvent.change(input, { target: { value: '1e999' } });
    fireEvent.blur(input);
    expect(alertText()).toContain('y of record 4 needs a finite number; kept 3.9.');
    expect(store.getState().data.y[3]).toEqual([3.9]);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
  });
});

describe('DataEditor records and columns', () => {
  it('Add record appends a copy of the last record (N 4 → 5, E by hand) and focuses its first cell', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add record' }));
    expect(N(store)).toBe(5);
    expect(store.getState().data.x[4]).toEqual([2]);
    expect(store.getState().data.y[4]).toEqual([3.9]);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, [...BOWL_X, 2], [...BOWL_Y, 3.9]), 12);
    expect(document.activeElement).toBe(cell('x₁ of record 5'));
  });

  it('Delete record 2 removes it (N 4 → 3, E by hand); the last record cannot be deleted', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Delete record 2' }));
    expect(N(store)).toBe(3);
    expect(store.getState().data.x).toEqual([[0.5], [1.5], [2]]);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, [0.5, 1.5, 2], [1.1, 3.2, 3.9]), 12);
    await user.click(screen.getByRole('button', { name: 'Delete record 1' }));
    await user.click(screen.getByRole('button', { name: 'Delete record 1' }));
    expect(N(store)).toBe(1);
    expect((screen.getByRole('button', { name: 'Delete record 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('Delete record by keyboard keeps focus on the table: on the next record’s Delete button', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    screen.getByRole('button', { name: 'Delete record 2' }).focus();
    await user.keyboard('{Enter}');
    expect(store.getState().data.x).toEqual([[0.5], [1.5], [2]]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete record 2' }));
    screen.getByRole('button', { name: 'Delete record 3' }).focus();
    await user.keyboard('{Enter}');
    expect(N(store)).toBe(2);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete record 2' }));
  });

  it('Add input column adds x₂ = 0 with w₂ = 0 and keeps w₁; removing it restores n = 1, which cannot be removed', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add input column' }));
    expect(store.getState().problem.n).toBe(2);
    expect(store.getState().w0).toEqual([BOWL_W, 0]);
    expect(cell('x₂ of record 1').value).toBe('0');
    // x₂ = 0 everywhere, so E is the bowl's E.
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
    await user.click(screen.getByRole('button', { name: 'Remove column x₁' }));
    expect(store.getState().problem.n).toBe(1);
    expect(store.getState().w0).toEqual([0]);
    // Now x₁ is the old zero column and w = 0: E = ½ Σ y².
    expect(store.getState().snapshot.E).toBeCloseTo(BOWL_Y.reduce((s, y) => s + y * y, 0) / 2, 12);
    expect((screen.getByRole('button', { name: 'Remove column x₁' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('Add target column adds y₂ and an output unit; Remove column y₂ takes them away', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add target column' }));
    expect(store.getState().problem.k).toBe(2);
    expect(store.getState().w0).toEqual([BOWL_W, 0]);
    // Unit 2 has w = 0 and y₂ = 0, so it adds nothing to E.
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
    await user.click(screen.getByRole('button', { name: 'Remove column y₂' }));
    expect(store.getState().problem.k).toBe(1);
    expect(store.getState().w0).toEqual([BOWL_W]);
  });

  it('column names from the data set head the columns and follow a removed column', async () => {
    const { store, panel } = setup('iris');
    expect(within(panel).getByText('petal width (cm)')).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Remove column x₁' }));
    expect(store.getState().data.names).toEqual(['petal width (cm)', 'virginica']);
    // An edit keeps the data set’s credit.
    expect(store.getState().source?.title).toMatch(/Iris/);
  });

  it('398 cars are paged 50 at a time; a cell on page 2 edits record 51', async () => {
    const { store } = setup('cars');
    const user = userEvent.setup();
    expect(screen.getAllByRole('spinbutton', { name: /of record/ })).toHaveLength(100);
    expect(screen.queryByRole('spinbutton', { name: 'x₁ of record 51' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next page of records' }));
    expect(screen.getByText(/Records 51–100 of 398/)).toBeTruthy();
    const input = cell('x₁ of record 51');
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '9' } });
    expect(store.getState().data.x[50]).toEqual([9]);
    expect(N(store)).toBe(398);
    await user.click(screen.getByRole('button', { name: 'Last page of records' }));
    expect(screen.getByText(/Records 351–398 of 398/)).toBeTruthy();
  });
});

describe('DataEditor switches', () => {
  it('the bias checkbox toggles problem.bias (w₀ added at 0, so E is unchanged)', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    const box = screen.getByRole('checkbox', { name: 'bias input x₀ = 1' }) as HTMLInputElement;
    expect(box.checked).toBe(false);
    await user.click(box);
    expect(store.getState().problem.bias).toBe(true);
    expect(store.getState().w0).toEqual([0, BOWL_W]);
    expect(box.checked).toBe(true);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
    await user.click(box);
    expect(store.getState().problem.bias).toBe(false);
  });

  it('the standardize checkbox feeds (x − mean)/sd to descent (E by hand) while the table shows the data as given', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    const box = screen.getByRole('checkbox', { name: 'standardize inputs' }) as HTMLInputElement;
    await user.click(box);
    expect(store.getState().standardize).toBe(true);
    expect(box.checked).toBe(true);
    // mean 1.25, population sd √((0.75² + 0.25² + 0.25² + 0.75²)/4) = √0.3125
    const sd = Math.sqrt(0.3125);
    const z = BOWL_X.map((x) => (x - 1.25) / sd);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, z, BOWL_Y), 12);
    expect(cell('x₁ of record 3').value).toBe('1.5');
    expect(screen.getByText(/mean 1\.25/)).toBeTruthy();
    expect(screen.getByText(/sd 0\.559/)).toBeTruthy();
    await user.click(box);
    expect(store.getState().standardize).toBe(false);
    expect(store.getState().snapshot.E).toBeCloseTo(sseLinear(BOWL_W, BOWL_X, BOWL_Y), 12);
  });
});

describe('DataEditor CSV paste', () => {
  it('Load pasted data loads a CSV with a header: N, n, k, names, E by hand, and says what it found', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    fireEvent.change(screen.getByLabelText('Paste CSV'), { target: { value: 'a,b,y\n1,2,3\n4,5,6\n7,8,10\n' } });
    await user.click(screen.getByRole('button', { name: 'Load pasted data' }));
    const s = store.getState();
    expect([s.problem.N, s.problem.n, s.problem.k]).toEqual([3, 2, 1]);
    expect(s.data.names).toEqual(['a', 'b', 'y']);
    expect(s.data.x).toEqual([[1, 2], [4, 5], [7, 8]]);
    // The shape changed, so the weights start at 0: ŷ = 0 and E = ½ (3² + 6² + 10²) = 72.5.
    expect(s.snapshot.E).toBeCloseTo(72.5, 12);
    expect(statusText()).toContain('Read 3 records: 2 inputs, 1 target; first row taken as a header: a, b, y.');
    expect(screen.getByText('b')).toBeTruthy();
    // Once other records replace these (a preset), the message about them goes.
    act(() => {
      store.getState().loadPreset('bowl');
    });
    expect(statusText()).not.toContain('Read 3 records');
  });

  it('the number of targets k and "no header" are obeyed', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    const k = screen.getByRole('spinbutton', { name: 'number of targets k' });
    fireEvent.focus(k);
    fireEvent.change(k, { target: { value: '2' } });
    fireEvent.blur(k);
    fireEvent.change(screen.getByRole('combobox', { name: 'header row' }), { target: { value: 'no' } });
    fireEvent.change(screen.getByLabelText('Paste CSV'), { target: { value: '1,2,3\n4,5,6' } });
    await user.click(screen.getByRole('button', { name: 'Load pasted data' }));
    const s = store.getState();
    expect([s.problem.N, s.problem.n, s.problem.k]).toEqual([2, 1, 2]);
    expect(s.data.y).toEqual([[2, 3], [5, 6]]);
    expect(s.data.names).toBeNull();
    expect(statusText()).toContain('Read 2 records: 1 input, 2 targets; no header row.');
  });

  it('"abc" in row 3, column 2 is reported by row and column and the previous data is kept', async () => {
    const { store } = setup();
    const user = userEvent.setup();
    const before = store.getState().data;
    const E = store.getState().snapshot.E;
    const load = vi.spyOn(store.getState(), 'loadProblem');
    fireEvent.change(screen.getByLabelText('Paste CSV'), { target: { value: '1,2\n3,4\n5,abc\n' } });
    await user.click(screen.getByRole('button', { name: 'Load pasted data' }));
    expect(alertText()).toMatch(/Row 3, column 2: "abc" is not a number\./);
    expect(alertText()).toContain('the previous data is kept');
    expect(load).not.toHaveBeenCalled();
    expect(store.getState().data).toBe(before);
    expect(store.getState().snapshot.E).toBe(E);
  });

  it('a spreadsheet formula cell (=cmd) is refused by row and column and is shown only as text', async () => {
    const { store, panel } = setup();
    const user = userEvent.setup();
    const before = store.getState().data;
    fireEvent.change(screen.getByLabelText('Paste CSV'), { target: { value: '1,2\n3,4\n5,=cmd|<b>x</b>\n' } });
    await user.click(screen.getByRole('button', { name: 'Load pasted data' }));
    expect(alertText()).toMatch(/Row 3, column 2: "=cmd\|<b>x<\/b>" is not a number/);
    expect(panel.querySelector('b')).toBeNull();
    expect(store.getState().data).toBe(before);
  });
});

describe('DataEditor CSV file import', () => {
  it('a file larger than maxBytes is refused by its size, never read, with the limit named', () => {
    const { store } = setup();
    const before = store.getState().data;
    const text = vi.fn(async () => 'x,y\n1,2\n');
    chooseFile(screen.getByLabelText('Import CSV file'), { name: 'huge.csv', size: 6_200_000, type: 'text/csv', text });
    expect(text).not.toHaveBeenCalled();
    expect(alertText()).toContain('“huge.csv” is 6.2 MB; the limit is 5 MB.');
    expect(store.getState().data).toBe(before);
  });

  it('a small file is read and loaded with its name and header; the input is cleared for the next choice', async () => {
    const { store } = setup();
    const input = screen.getByLabelText('Import CSV file') as HTMLInputElement;
    chooseFile(input, csvFile('weight,mpg\r\n2,30\r\n3,20\r\n4,15\r\n', 'cars small.csv'));
    await waitFor(() => expect(N(store)).toBe(3));
    expect(store.getState().data.names).toEqual(['weight', 'mpg']);
    // The shape is unchanged (1 input, 1 target), so w stays −1: E = ½ Σ (y + x)² = ½ (32² + 23² + 19²).
    expect(store.getState().snapshot.E).toBeCloseTo((32 ** 2 + 23 ** 2 + 19 ** 2) / 2, 12);
    expect(statusText()).toContain('Read 3 records: 1 input, 1 target; first row taken as a header: weight, mpg.');
    expect(input.value).toBe('');
  });

  it('a bad file leaves the previous data, names row 3 and column 2, and loadProblem is not called', async () => {
    const { store } = setup();
    const before = store.getState().data;
    const load = vi.spyOn(store.getState(), 'loadProblem');
    chooseFile(screen.getByLabelText('Import CSV file'), csvFile('x,y\n1,2\n3,oops\n', 'bad.csv'));
    await waitFor(() => expect(alertText()).toMatch(/Row 3, column 2: "oops" is not a number/));
    expect(load).not.toHaveBeenCalled();
    expect(store.getState().data).toBe(before);
  });
});

describe('DataEditor export', () => {
  it('Export CSV downloads data.csv through a revoked Blob URL, and it parses back to the same records and names', async () => {
    const { store } = setup('cars');
    let blob: Blob | null = null;
    const create = vi.fn((b: Blob) => {
      blob = b;
      return 'blob:test/1';
    });
    const revoke = vi.fn();
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: create, revokeObjectURL: revoke }));
    let downloaded = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded = `${this.download} ${this.getAttribute('href')}`;
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(downloaded).toBe('data.csv blob:test/1');
    await waitFor(() => expect(revoke).toHaveBeenCalledWith('blob:test/1'));
    expect(blob).not.toBeNull();
    const text = await blobText(blob as unknown as Blob);
    const read = parseCsv(text, { outputs: 1 });
    if (!read.ok) throw new Error(read.message);
    const { data } = store.getState();
    expect(read.x).toEqual(data.x);
    expect(read.y).toEqual(data.y);
    expect(read.header).toEqual(['weight (1000 lb)', 'mpg']);
    expect(read.x).toHaveLength(398);
    expect(statusText()).toContain('Saved 398 records as data.csv.');
  });

  it('Copy CSV writes the same CSV to the clipboard when the browser has one', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      setup();
      fireEvent.click(screen.getByRole('button', { name: 'Copy CSV' }));
      await waitFor(() => expect(statusText()).toContain('Copied 4 records as CSV.'));
      expect(writeText).toHaveBeenCalledWith('x1,y1\n0.5,1.1\n1,1.9\n1.5,3.2\n2,3.9\n');
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});

describe('DataEditor in the app', () => {
  it('typing r, → and Space in the paste box does not reset, step or play', async () => {
    const store = createAppStore('bowl');
    render(<App store={store} />);
    act(() => {
      store.getState().step(2);
    });
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('Paste CSV'));
    await user.keyboard('r. {ArrowRight}');
    expect(store.getState().snapshot.step).toBe(2);
    expect(store.getState().playing).toBe(false);
    expect((screen.getByLabelText('Paste CSV') as HTMLTextAreaElement).value).toBe('r. ');
  });

  it('nothing in the panel prints NaN or Infinity, and every control has a name', () => {
    const { panel } = setup('iris');
    expect(panel.textContent).not.toMatch(/NaN|Infinity/);
    for (const el of panel.querySelectorAll('input, button, select, textarea')) {
      const named = el.getAttribute('aria-label') || el.closest('label')?.textContent || (el.id && panel.querySelector(`label[for="${el.id}"]`)?.textContent) || el.textContent;
      expect(named?.trim(), el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});
