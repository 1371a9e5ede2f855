/**
 * The user's own data: an editable table of records, the bias and standardize
 * switches, CSV paste / import / export. (Being built for issue 4.)
 */
import type { CsvCodec } from './csvCodec';

/** Props: the CSV codec is passed in by the composition root (ui does not import share). */
export interface DataEditorProps {
  csv: CsvCodec;
}

/** The data editor panel. */
export function DataEditor(_props: DataEditorProps) {
  return null;
}
