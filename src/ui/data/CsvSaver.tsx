/**
 * Writing the records as given (not standardized) to CSV: a download of
 * data.csv, and a copy to the clipboard where the browser offers one.
 */
import type { MouseEvent } from 'react';
import { useAppStore } from '../../store';
import type { CsvCodec } from '../../store';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { MessageLine, useDataMessage } from './MessageLine';
import { count } from './messages';

/** The file name the download gets. */
export const EXPORT_FILE_NAME = 'data.csv';

/** Saves `text` as a file through a Blob URL and a temporary <a download>. */
function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Export CSV and Copy CSV. */
export function CsvSaver({ csv }: { csv: CsvCodec }) {
  const store = useAppStore();
  const [message, setMessage] = useDataMessage();
  const canCopy = typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

  /** The records as CSV, or null (with a message) when the codec refuses them. */
  const text = (): string | null => {
    const { x, y, names } = store.getState().data;
    try {
      return csv.format(x, y, names);
    } catch (err) {
      setMessage({ tone: 'error', text: `The records could not be written as CSV: ${err instanceof Error ? err.message : String(err)}.` });
      return null;
    }
  };
  const records = () => count(store.getState().data.x.length, 'record');

  const onExport = (e: MouseEvent<HTMLButtonElement>) => {
    releaseAfterMouse(e);
    const body = text();
    if (body === null) return;
    download(body, EXPORT_FILE_NAME);
    setMessage({ tone: 'ok', text: `Saved ${records()} as ${EXPORT_FILE_NAME}.` });
  };
  const onCopy = async (e: MouseEvent<HTMLButtonElement>) => {
    releaseAfterMouse(e);
    const body = text();
    if (body === null) return;
    try {
      await navigator.clipboard.writeText(body);
      setMessage({ tone: 'ok', text: `Copied ${records()} as CSV.` });
    } catch {
      setMessage({ tone: 'error', text: 'The browser did not allow copying; use Export CSV instead.' });
    }
  };

  return (
    <div className="csv-saver">
      <h3>Save CSV</h3>
      <p className="note">The records as given (never standardized), with their column names.</p>
      <div className="data-toolbar">
        <button type="button" onClick={onExport}>
          Export CSV
        </button>
        {canCopy && (
          <button type="button" onClick={(e) => void onCopy(e)}>
            Copy CSV
          </button>
        )}
      </div>
      <MessageLine message={message} testId="export-message" />
    </div>
  );
}
