/**
 * Reading the user's own records from CSV, pasted or from a file. A file larger
 * than the codec's limit is refused by its size before a byte is read; a file or
 * paste that does not parse leaves the current data alone and says which row and
 * column are wrong. Nothing read is ever put into the page as HTML: names and
 * messages are React text.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { MAX_OUTPUTS } from '../../engine';
import { useAppState, useAppStore } from '../../store';
import { Choice } from '../controls/Choice';
import type { CsvCodec } from '../../store';
import { NumberField } from '../controls/NumberField';
import { MessageLine, useDataMessage } from './MessageLine';
import { clip, describeRead, tooLarge } from './messages';

/** How the first row is read. */
type HeaderChoice = 'auto' | 'yes' | 'no';
const HEADER_OPTIONS: readonly { value: HeaderChoice; text: string }[] = [
  { value: 'auto', text: 'auto-detect' },
  { value: 'yes', text: 'first row is a header' },
  { value: 'no', text: 'no header' },
];

/** Paste and file import of CSV records. */
export function CsvLoader({ csv }: { csv: CsvCodec }) {
  const store = useAppStore();
  const currentK = useAppState((s) => s.problem.k);
  // null: follow the current problem's k until the user picks another.
  const [kChoice, setK] = useState<number | null>(null);
  const [header, setHeader] = useState<HeaderChoice>('auto');
  const [text, setText] = useState('');
  const [message, setMessage] = useDataMessage();
  // Only the newest file's result is shown when a second is chosen while the first is read.
  const readCount = useRef(0);
  const textId = useId();
  const k = kChoice ?? currentK;

  /** Parses `body` and loads it; returns whether it was loaded. */
  const readAndLoad = (body: string, source: string): boolean => {
    // A run exported as JSON (Export → run as JSON) loads with its weights and settings.
    if (body.trimStart().startsWith('{')) return loadRun(body, source);
    const read = csv.parse(body, { outputs: k, header });
    if (!read.ok) {
      setMessage({ tone: 'error', text: `${read.message} Nothing was loaded; the previous data is kept.` });
      return false;
    }
    const s = store.getState();
    const before = s.notices.length;
    if (!s.loadProblem({ x: read.x, y: read.y, names: read.header }, source)) {
      // loadProblem says why in a notice at the top of the page; repeat it here, where the user is looking.
      const notices = store.getState().notices;
      const why = notices.length > before ? notices[notices.length - 1].text : `The ${source} was not loaded; the previous data is kept.`;
      setMessage({ tone: 'error', text: why });
      return false;
    }
    setK(null);
    setMessage({ tone: 'ok', text: `${describeRead(read)} The run starts again from its starting weights.` });
    return true;
  };

  /** Loads a run file; returns whether it was loaded. */
  const loadRun = (body: string, source: string): boolean => {
    const run = csv.parseRun(body);
    if (!run.ok) {
      setMessage({ tone: 'error', text: `${run.message} Nothing was loaded; the previous data is kept.` });
      return false;
    }
    const s = store.getState();
    const before = s.notices.length;
    if (!s.loadProblem(run.input, source, run.settings)) {
      const notices = store.getState().notices;
      setMessage({ tone: 'error', text: notices.length > before ? notices[notices.length - 1].text : `The ${source} was not loaded; the previous data is kept.` });
      return false;
    }
    const N = run.input.x?.length ?? 0;
    setMessage({ tone: 'ok', text: `Loaded the run: ${N} record${N === 1 ? '' : 's'} with its starting weights and settings, from step 0.` });
    return true;
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file) return;
    const ticket = ++readCount.current;
    if (file.size > csv.maxBytes) {
      setMessage({ tone: 'error', text: tooLarge(file.name, file.size, csv.maxBytes) });
      return;
    }
    let body: string;
    try {
      body = await file.text();
    } catch (err) {
      if (ticket === readCount.current) {
        setMessage({ tone: 'error', text: `“${clip(file.name)}” could not be read (${clip(String(err))}); the previous data is kept.` });
      }
      return;
    }
    if (ticket !== readCount.current) return;
    readAndLoad(body, `CSV file “${clip(file.name)}”`);
  };

  return (
    <div className="csv-loader">
      <h3>Load CSV</h3>
      <p className="note">
        One record per row: the inputs x₁…xₙ, then the k targets in the last k columns; numbers only, an optional header row of names.
        A run saved with Export (JSON) loads too, with its weights and settings.
      </p>
      <div className="csv-options">
        <span className="setting">
          <NumberField
            label="number of targets k"
            visibleLabel="targets k"
            className="k-field"
            value={k}
            min={1}
            max={MAX_OUTPUTS}
            accept={(v) => Number.isInteger(v) && v >= 1 && v <= MAX_OUTPUTS}
            onCommit={(v) => {
              setK(v);
              return true;
            }}
            onInvalid={(t, kept) => setMessage({ tone: 'error', text: `“${clip(t)}” is not a number of targets from 1 to ${MAX_OUTPUTS}; kept k = ${kept}.` })}
          />
        </span>
        <Choice<HeaderChoice> name="header row" label="header row" value={header} options={HEADER_OPTIONS} onChange={setHeader} />
      </div>
      <div className="csv-file">
        <label className="file-label">
          <span>Import CSV file</span>
          <input type="file" accept=".csv,text/csv,text/plain,.json,application/json" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      <div className="csv-paste">
        <label htmlFor={textId}>Paste CSV</label>
        <textarea
          id={textId}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          placeholder={'x1,x2,y\n0.5,1,1.1\n1,2,1.9'}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="button" className="primary" disabled={text.trim() === ''} onClick={() => readAndLoad(text, 'pasted data')}>
          Load pasted data
        </button>
      </div>
      <MessageLine message={message} testId="csv-message" />
    </div>
  );
}
