/**
 * The current figure as one self-contained SVG: a title line (problem, activation, η,
 * step), every plot of the plot slot — its canvases (the map's bands, the 3-D mesh) as
 * images, its SVG layers (axes, marks, the colour legend) with their styles inlined — and
 * the key under it, each entry's swatch with its words. Read from the page as drawn.
 */
import { inlinedCopy } from './inlineStyles';

/** The figure's SVG text and its size in CSS pixels. */
export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

const NS = 'http://www.w3.org/2000/svg';
/** Height of the title line, and of one row of the key. */
const TITLE_H = 30;
const KEY_ROW_H = 24;
const PAD = 12;

/** Escapes text for XML. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The canvases and SVG layers that draw the plots in `slot` (not the tools, buttons or the key). */
function layers(slot: HTMLElement): (HTMLCanvasElement | SVGSVGElement)[] {
  const all = [...slot.querySelectorAll<HTMLCanvasElement | SVGSVGElement>('canvas, svg')];
  return all.filter((el) => !el.closest('.plot-tools, .mark-key, button, .race-key') && el.parentElement?.closest('svg') == null && el.getBoundingClientRect().width > 0);
}

/** The figure in `slot` (the page's .plot-slot) under the title `title`. */
export function figureSvg(slot: HTMLElement, title: string): FigureSvg {
  const parts = layers(slot);
  if (parts.length === 0) throw new Error('there is no figure to export');
  const boxes = parts.map((el) => el.getBoundingClientRect());
  const x0 = Math.min(...boxes.map((b) => b.left));
  const y0 = Math.min(...boxes.map((b) => b.top));
  const plotW = Math.ceil(Math.max(...boxes.map((b) => b.right)) - x0);
  const plotH = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) - y0);
  const fg = getComputedStyle(slot).color || '#000';
  const bg = getComputedStyle(document.body).backgroundColor || '#fff';
  const font = getComputedStyle(slot).fontFamily;
  let body = '';
  parts.forEach((el, n) => {
    const b = boxes[n];
    const x = (b.left - x0 + PAD).toFixed(1);
    const y = (b.top - y0 + TITLE_H).toFixed(1);
    if (el instanceof HTMLCanvasElement) {
      if (el.width === 0 || el.height === 0 || getComputedStyle(el).visibility === 'hidden') return;
      body += `<image x="${x}" y="${y}" width="${b.width.toFixed(1)}" height="${b.height.toFixed(1)}" href="${el.toDataURL('image/png')}"/>`;
    } else {
      const copy = inlinedCopy(el);
      copy.setAttribute('x', x);
      copy.setAttribute('y', y);
      copy.setAttribute('width', b.width.toFixed(1));
      copy.setAttribute('height', b.height.toFixed(1));
      copy.removeAttribute('style');
      copy.setAttribute('overflow', 'visible');
      body += new XMLSerializer().serializeToString(copy);
    }
  });
  // The key: each entry's swatch and its words (without the values shown on hover), in rows.
  // (A race's key is in the slot even where the page hides it: a picture of a race names its runs.)
  const entries = [...slot.querySelectorAll<HTMLElement>('.mark-key .key-entry, .race-key li')];
  const wordsOf = (entry: HTMLElement) =>
    [...entry.childNodes].filter((c) => !(c instanceof Element && (c.tagName.toLowerCase() === 'svg' || c.classList.contains('key-value')))).map((c) => c.textContent ?? '').join('').trim();
  const width = plotW + 2 * PAD;
  // Columns as wide as the longest entry (about 7.3 px a character at 13 px), as many as fit.
  const longest = Math.max(0, ...entries.map((e) => wordsOf(e).length));
  const columnW = Math.min(width - 2 * PAD, Math.max(240, 64 + longest * 7.3));
  const perRow = Math.max(1, Math.floor((width - PAD) / columnW));
  let key = '';
  entries.forEach((entry, n) => {
    const swatch = entry.querySelector('svg');
    const words = wordsOf(entry);
    const x = PAD + (n % perRow) * columnW;
    const y = TITLE_H + plotH + PAD + Math.floor(n / perRow) * KEY_ROW_H;
    const swatchW = swatch ? Number(swatch.getAttribute('width')) || 30 : 0;
    if (swatch) {
      const copy = inlinedCopy(swatch);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      key += new XMLSerializer().serializeToString(copy);
    }
    key += `<text x="${x + swatchW + 10}" y="${y + 13}" font-size="13" fill="${fg}" font-family="${xml(font)}">${xml(words)}</text>`;
  });
  const height = Math.ceil(TITLE_H + plotH + PAD + Math.ceil(entries.length / perRow) * KEY_ROW_H + PAD);
  const svg =
    `<svg xmlns="${NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>` +
    `<text x="${PAD}" y="20" font-size="15" font-weight="600" fill="${fg}" font-family="${xml(font)}" data-role="title">${xml(title)}</text>` +
    body +
    key +
    `</svg>`;
  return { svg, width, height };
}
