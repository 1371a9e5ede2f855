/**
 * Where the curve view's moving marks go for one frame: the marker at (wᵢ, E),
 * its drop line to the step lane, the tangent (slope ∂E/∂wᵢ), the step arrow Δwᵢ
 * with its label, where the step lands, and the trail's head. Pure: scales and
 * numbers in, attributes out; `setAttrs` hides any mark with a non-finite number.
 */
import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from '../../notation';
import { setAttrs, setText, type Attrs } from '../shared/setAttrs';

/** The numbers of one frame. */
export interface CurveFrame {
  /** The weight on the curve and E there (the pending step's). */
  w: number;
  E: number;
  /** The pending step Δwᵢ. */
  dw: number;
  /** The slope of the drawn curve at w. */
  slope: number;
  /** E where the step lands, on the drawn curve. */
  nextE: number;
  /** " (record 3)" when the pending step uses some records only. */
  records: string;
}

/** The shown point while gliding (else the frame's own), and the glide's start. */
export interface CurveGlide {
  w: number;
  E: number;
  from: { w: number; E: number } | null;
}

/** The plot's geometry. */
export interface CurveGeometry {
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  innerW: number;
  /** y of the step lane's arrow. */
  arrowY: number;
  /** Half the tangent's length, in weight units. */
  half: number;
  label: string;
  /** The last trail point (already drawn by React), for the head segment. */
  trailEnd: { w: number; E: number } | null;
  /** Whether the slope is worked out yet (step-through names it from the gradient part on). */
  slopeShown?: boolean;
}

/** The elements the marks are written to. */
export interface CurveMarkEls {
  marker: SVGGElement | null;
  markerLabel: SVGTextElement | null;
  /** The point's tooltip: hovering it names the weights and E. */
  markerTitle: Element | null;
  drop: SVGLineElement | null;
  tangent: SVGLineElement | null;
  arrow: SVGGElement | null;
  arrowLine: SVGLineElement | null;
  arrowDot: SVGCircleElement | null;
  arrowLabel: SVGTextElement | null;
  next: SVGCircleElement | null;
  head: SVGLineElement | null;
}

/** What a screen reader says of the point as it moves: the weight, E there and (once worked out) the slope. */
export function pointText(f: CurveFrame, label: string, slope: boolean): string {
  return `${label} = ${formatNumber(f.w)}${Number.isFinite(f.E) ? `, E = ${formatNumber(f.E)}` : ''}${slope && Number.isFinite(f.slope) ? `, slope ∂E/∂${label} = ${formatNumber(f.slope)}` : ''}`;
}

/** Writes one frame's marks; the labels' texts only when `texts` (a few times a second while playing). */
export function placeCurveMarks(els: CurveMarkEls, f: CurveFrame, glide: CurveGlide, g: CurveGeometry, texts = true): void {
  const { x, y, innerW, arrowY, half, label } = g;
  const gliding = glide.from !== null;
  const mx = x(glide.w);
  const my = y(glide.E);
  setAttrs(els.marker, { transform: `translate(${round(mx)},${round(my)})`, 'aria-valuenow': String(f.w) }, Number.isFinite(mx) && Number.isFinite(my));
  if (texts) {
    // What a screen reader says of the point, with the other texts (every step while paused, twice a second while playing).
    setAttrs(els.marker, { 'aria-valuetext': pointText(f, label, g.slopeShown !== false) }, Number.isFinite(mx) && Number.isFinite(my));
    setText(els.markerLabel, `${label} = ${formatNumber(f.w)}`);
    setText(els.markerTitle, Number.isFinite(f.E) ? `the weights now: ${label} = ${formatNumber(f.w)}, E = ${formatNumber(f.E)}` : `the weights now: ${label} = ${formatNumber(f.w)}`);
  }
  setAttrs(els.markerLabel, { 'text-anchor': mx > innerW * 0.75 ? 'end' : 'start' });
  setAttrs(els.drop, { x1: mx, x2: mx, y1: my, y2: arrowY });
  const tangent: Attrs = { x1: x(f.w - half), y1: y(f.E - f.slope * half), x2: x(f.w + half), y2: y(f.E + f.slope * half) };
  setAttrs(els.tangent, tangent, !gliding);
  setAttrs(els.next, { cx: x(f.w + f.dw), cy: y(f.nextE) }, !gliding);
  setAttrs(els.head, g.trailEnd ? { x1: x(g.trailEnd.w), y1: y(g.trailEnd.E), x2: mx, y2: my } : {}, g.trailEnd !== null);
  // The arrow: the pending step, or while gliding the step being taken.
  const from = gliding && glide.from ? glide.from.w : f.w;
  const to = gliding ? f.w : f.w + f.dw;
  const clampX = (v: number) => Math.max(-8, Math.min(innerW + 8, x(v)));
  const x1 = clampX(from);
  const x2 = clampX(to);
  const long = Math.abs(x2 - x1) >= 3;
  els.arrow?.setAttribute('class', gliding ? 'step-arrow taken' : 'step-arrow');
  setAttrs(els.arrowLine, { x1, x2, y1: arrowY, y2: arrowY }, long);
  setAttrs(els.arrowDot, { cx: x1, cy: arrowY }, !long);
  setAttrs(els.arrowLabel, { x: Math.max(40, Math.min(innerW - 40, (x1 + x2) / 2)), y: arrowY - 11 });
  if (texts) setText(els.arrowLabel, `Δ${label} = ${formatNumber(gliding ? f.w - from : f.dw)}${gliding ? '' : f.records}`);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
