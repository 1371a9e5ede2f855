/**
 * The sentences the data editor says after an import, a refusal or an export.
 * Kept apart from the components so their wording is tested as plain strings.
 */

/** A message of the data editor, shown in its live region. */
export interface EditorMessage {
  text: string;
  tone: 'ok' | 'error';
}

/** Most column names listed after an import; a wide file would otherwise fill the panel. */
export const MAX_LISTED_NAMES = 8;
/** Most characters of one column name (or file name) repeated back. */
export const MAX_NAME_CHARS = 40;

/** `n` and the word, plural when needed: "1 target", "150 records". */
export function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** A name cut to {@link MAX_NAME_CHARS} characters (whole code points), with "…" when cut. */
export function clip(name: string): string {
  const chars = Array.from(name);
  return chars.length > MAX_NAME_CHARS ? `${chars.slice(0, MAX_NAME_CHARS).join('')}…` : name;
}

/**
 * A size for people: "6.2 MB", "800 kB", "512 bytes". Rounded up, so a file just
 * over a limit never reads as the limit itself.
 */
export function sizeText(bytes: number): string {
  const unit = (v: number, name: string) => `${(Math.ceil(v * 10) / 10).toLocaleString('en', { maximumFractionDigits: 1 })} ${name}`;
  if (bytes >= 1e6) return unit(bytes / 1e6, 'MB');
  if (bytes >= 1e3) return unit(bytes / 1e3, 'kB');
  return count(bytes, 'byte');
}

/** What an import found: "Read 150 records: 2 inputs, 1 target; first row taken as a header: a, b, y." */
export function describeRead(read: { x: readonly unknown[]; inputs: number; outputs: number; header: readonly string[] | null }): string {
  const shape = `Read ${count(read.x.length, 'record')}: ${count(read.inputs, 'input')}, ${count(read.outputs, 'target')}`;
  if (!read.header) return `${shape}; no header row.`;
  const listed = read.header.slice(0, MAX_LISTED_NAMES).map(clip);
  const more = read.header.length > MAX_LISTED_NAMES ? `, … (${read.header.length - MAX_LISTED_NAMES} more)` : '';
  return `${shape}; first row taken as a header: ${listed.join(', ')}${more}.`;
}

/** Why a file was refused before it was read. */
export function tooLarge(name: string, bytes: number, maxBytes: number): string {
  return `“${clip(name)}” is ${sizeText(bytes)}; the limit is ${sizeText(maxBytes)}. Nothing was read; the previous data is kept.`;
}
