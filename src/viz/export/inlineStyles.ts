/**
 * A copy of an SVG that keeps its look outside the page: the page's CSS does not travel
 * with an exported file, so each element of the copy gets the computed values of the
 * properties SVG drawing reads, as an inline style.
 */

/** The properties copied: paint, lines, text, and what hides a mark. */
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'stroke-opacity',
  'opacity', 'visibility', 'display', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'paint-order',
] as const;

/** A deep copy of `el` with every element's drawing styles inlined (elements not shown are dropped). */
export function inlinedCopy(el: SVGElement): SVGElement {
  const copy = el.cloneNode(true) as SVGElement;
  const originals = [el, ...el.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const drop: Element[] = [];
  originals.forEach((o, n) => {
    const c = copies[n];
    if (!(c instanceof SVGElement)) return;
    const cs = getComputedStyle(o);
    if (cs.display === 'none') {
      drop.push(c);
      return;
    }
    const style = PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    c.setAttribute('style', style);
    c.removeAttribute('class');
    // Handlers and focus belong to the page, not to a picture.
    c.removeAttribute('tabindex');
  });
  for (const d of drop) d.remove();
  return copy;
}
