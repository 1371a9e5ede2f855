/**
 * Writing a mark's attributes straight to the DOM (the per-frame path): every
 * number is checked, and a mark with any non-finite coordinate is hidden rather
 * than given "NaN" (no NaN ever reaches an attribute). Only changed values are
 * written, so a still frame costs no style recalculation.
 */

/** Attribute values: numbers are rounded to 0.01 px; null removes the attribute. */
export type Attrs = Record<string, number | string | null>;

/**
 * True when every number in `attrs` is finite. (A d3 scale given NaN returns
 * undefined, its `unknown` value: that counts as missing too.)
 */
export function attrsFinite(attrs: Attrs): boolean {
  for (const v of Object.values(attrs)) if (v === undefined || (typeof v === 'number' && !Number.isFinite(v))) return false;
  return true;
}

/**
 * Sets `attrs` on `el` (if any); when a number is not finite, or `show` is false,
 * hides the element instead (visibility="hidden") and leaves its geometry alone.
 */
export function setAttrs(el: Element | null | undefined, attrs: Attrs, show = true): void {
  if (!el) return;
  const visible = show && attrsFinite(attrs);
  const visibility = visible ? 'visible' : 'hidden';
  if (el.getAttribute('visibility') !== visibility) el.setAttribute('visibility', visibility);
  if (!visible) return;
  for (const [name, v] of Object.entries(attrs)) {
    if (v === null) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
      continue;
    }
    const text = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
    if (el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
}

/** Sets the text of `el` when it changed. */
export function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
