/**
 * Where the contour map's moving marks go for one frame: the current point, the
 * step arrow Δw to scale, and the trajectory's head (from the last point React
 * drew to the current one). Pure placement; `setAttrs` hides a mark rather than
 * write a non-finite number.
 */
import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../../notation';
import type { RunSnapshot } from '../../store';
import { setText, setAttrs } from '../shared/setAttrs';

/** The elements the marks are written to. */
export interface ContourMarkEls {
  point: SVGGElement | null;
  /** The point's tooltip: hovering it names the weights and E. */
  pointTitle?: Element | null;
  arrow: SVGLineElement | null;
  head: SVGLineElement | null;
}

/** The map's geometry for one frame. */
export interface ContourFrameGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  i: number;
  j: number;
  labelI: string;
  labelJ: string;
  /** The trajectory's last point drawn by React (weights i, j), or null. */
  pathEnd: { wi: number; wj: number } | null;
  /** Whether the gradient is worked out yet (step-through names it from the gradient part on). */
  slopeShown?: boolean;
}

/** What a screen reader says of the point as it moves: the weights, E there and (once worked out) the gradient. */
export function pointText(s: RunSnapshot, g: Pick<ContourFrameGeometry, 'i' | 'j' | 'labelI' | 'labelJ' | 'slopeShown'>): string {
  const { i, j, labelI, labelJ } = g;
  const E = Number.isFinite(s.E) ? `, E = ${formatNumber(s.E)}` : '';
  const slope = g.slopeShown !== false && Number.isFinite(s.grad[i]) && Number.isFinite(s.grad[j]) ? `, the next step’s gradient (∂E/∂${labelI}, ∂E/∂${labelJ}) = (${formatNumber(s.grad[i])}, ${formatNumber(s.grad[j])})` : '';
  return `${labelI} = ${formatNumber(s.w[i])}, ${labelJ} = ${formatNumber(s.w[j])}${E}${slope}`;
}

/** Shortest step arrow drawn, in pixels (shorter reads as a dot under the point). */
const MIN_ARROW_PX = 3;

/** Writes one frame's marks; the point's tooltip text only when `texts` (a few times a second while playing). */
export function placeContourMarks(els: ContourMarkEls, s: RunSnapshot, g: ContourFrameGeometry, texts = true): void {
  const { x, y, i, j } = g;
  const wi = s.w[i];
  const wj = s.w[j];
  const px = x(wi);
  const py = y(wj);
  const ok = Number.isFinite(px) && Number.isFinite(py);
  setAttrs(els.point, { transform: `translate(${Math.round(px * 100) / 100},${Math.round(py * 100) / 100})`, 'aria-valuenow': String(wi) }, ok);
  // What a screen reader says of the point: with the other texts (every step while paused, twice a second while playing).
  if (texts) setAttrs(els.point, { 'aria-valuetext': pointText(s, g) }, ok);
  // The tooltip's text only when texts are due (a few times a second while playing), like the readouts.
  if (texts) setText(els.pointTitle, `the weights now: (${g.labelI}, ${g.labelJ}) = (${formatNumber(wi)}, ${formatNumber(wj)})${Number.isFinite(s.E) ? `, E = ${formatNumber(s.E)}` : ''}`);
  const ax = x(wi + s.dw[i]);
  const ay = y(wj + s.dw[j]);
  setAttrs(els.arrow, { x1: px, y1: py, x2: ax, y2: ay }, Math.hypot(ax - px, ay - py) >= MIN_ARROW_PX);
  setAttrs(els.head, g.pathEnd ? { x1: x(g.pathEnd.wi), y1: y(g.pathEnd.wj), x2: px, y2: py } : {}, g.pathEnd !== null);
}
