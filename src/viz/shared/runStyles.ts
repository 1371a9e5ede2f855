/**
 * How each run of a race is drawn: its own colour, its own marker shape and its own
 * dash, so no run is told from another by colour alone. Run 1 is the page's own run,
 * drawn as it always is (a solid line, a round point in the marker colour); the racers
 * take the Okabe–Ito colours (distinct for the common colour-vision deficiencies), with
 * a white casing so they read on every band of the map.
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, type SymbolType } from 'd3-shape';

/** One run's look. */
export interface RunStyle {
  /** The shape's name, as the legend says it. */
  readonly shape: string;
  /** Its colour (a CSS colour; run 1 follows the theme's marker colour). */
  readonly colour: string;
  /** Its line's dash (SVG stroke-dasharray; null: solid). */
  readonly dash: string | null;
  readonly symbol: SymbolType;
}

/** The six runs' looks, in race order. */
export const RUN_STYLES: readonly RunStyle[] = [
  { shape: 'circle', colour: 'var(--marker)', dash: null, symbol: symbolCircle },
  { shape: 'square', colour: '#0072b2', dash: '8 4', symbol: symbolSquare },
  { shape: 'triangle', colour: '#d55e00', dash: '2 4', symbol: symbolTriangle },
  { shape: 'diamond', colour: '#009e73', dash: '10 3 2 3', symbol: symbolDiamond },
  { shape: 'cross', colour: '#cc79a7', dash: '5 2', symbol: symbolCross },
  { shape: 'star', colour: '#e69f00', dash: '1 3', symbol: symbolStar },
];

/** The look of run `n` (0-based, the page's own run 0). */
export function runStyle(n: number): RunStyle {
  return RUN_STYLES[((n % RUN_STYLES.length) + RUN_STYLES.length) % RUN_STYLES.length];
}

/** SVG path data of run `n`'s marker, centred on (0, 0), of about `px` pixels across. */
export function runSymbolPath(n: number, px: number): string {
  // d3's size is the symbol's area in square pixels.
  return symbol(runStyle(n).symbol, px * px * 0.8)() ?? '';
}

/** Run `n`'s colour as a canvas can use it (a var() resolved against `el`'s styles). */
export function runColour(n: number, el: Element | null): string {
  const c = runStyle(n).colour;
  const m = /^var\((--[\w-]+)\)$/.exec(c);
  if (!m) return c;
  const v = el && typeof getComputedStyle === 'function' ? getComputedStyle(el).getPropertyValue(m[1]).trim() : '';
  return v || '#b91c1c';
}
