/**
 * Fetching a lecture's scene file (`lecture=examples/lecture.json`): only from the page's own origin
 * (a redirect elsewhere is refused too), at most MAX_LECTURE_BYTES, and never throwing: every failure
 * comes back as a reason people can read.
 */

/** Largest scene file read (bytes, counted as characters of its text). */
export const MAX_LECTURE_BYTES = 1_000_000;

/** Where the page is and how it fetches (the browser's by default; tests pass their own). */
export interface LectureEnv {
  /** The page's address (null where there is none). */
  base: string | null;
  /** `fetch` (null where there is none). */
  fetch: ((url: string, init?: RequestInit) => Promise<Response>) | null;
}

/** The browser's page address and fetch. */
export function browserLectureEnv(): LectureEnv {
  return {
    base: typeof location === 'undefined' ? null : location.href,
    fetch: typeof fetch === 'function' ? (url, init) => fetch(url, init) : null,
  };
}

/** The text of the scene file at `address` (relative to the page), or why it was not read. */
export async function fetchLectureText(address: string, env: LectureEnv): Promise<{ ok: true; text: string } | { ok: false; why: string }> {
  if (!env.base || !env.fetch) return { ok: false, why: 'this page cannot fetch files' };
  let page: URL;
  let url: URL;
  try {
    page = new URL(env.base);
    url = new URL(address, page);
  } catch {
    return { ok: false, why: 'it is not a valid address' };
  }
  if (page.origin === 'null') return { ok: false, why: 'a page opened from a file cannot fetch scene files; give the scenes in scenes= instead' };
  if (url.origin !== page.origin) return { ok: false, why: `it is not on this site (${page.origin}); scene files are read only from the page’s own origin` };
  let response: Response;
  try {
    response = await env.fetch(url.href, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    return { ok: false, why: 'it could not be fetched' };
  }
  if (response.url && new URL(response.url, page).origin !== page.origin) return { ok: false, why: 'the server sent it from another site' };
  if (!response.ok) return { ok: false, why: `the server answered ${response.status}${response.status === 404 ? ' (not found)' : ''}` };
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_LECTURE_BYTES) return { ok: false, why: `it is larger than ${MAX_LECTURE_BYTES.toLocaleString('en')} bytes` };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, why: 'it could not be read' };
  }
  if (text.length > MAX_LECTURE_BYTES) return { ok: false, why: `it is larger than ${MAX_LECTURE_BYTES.toLocaleString('en')} bytes` };
  return { ok: true, text };
}
