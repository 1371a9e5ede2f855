/**
 * The key to a view's marks, under the plot: each mark drawn small, in the same
 * style as on the plot, with what it means in words a student knows. Line
 * styles and shapes differ (solid, dashed, dotted, ring, arrow), so the key
 * never relies on colour alone.
 */
import type { ReactNode } from 'react';
import { useAppState, type ViewName } from '../../store';

/** One entry: a small drawing and its meaning. */
interface Mark {
  id: string;
  swatch: ReactNode;
  text: string;
}

const W = 30;
const H = 16;

/** The step arrow as drawn on the plots: a thick line with a head. */
const arrow = (cls: string) => (
  <>
    <line x1={2} y1={H / 2} x2={W - 8} y2={H / 2} className={cls} />
    <path d={`M${W - 9},${H / 2 - 5} L${W - 1},${H / 2} L${W - 9},${H / 2 + 5} z`} className="arrow-head" />
  </>
);

const POINT: Mark = { id: 'point', swatch: <circle cx={W / 2} cy={H / 2} r={5} className="marker-dot" />, text: 'the weights now (drag it)' };

/** What each view draws. */
const MARKS: Record<ViewName, readonly Mark[]> = {
  curve: [
    POINT,
    { id: 'tangent', swatch: <line x1={1} y1={H - 2} x2={W - 1} y2={2} className="tangent" />, text: 'tangent: the slope ∂E/∂w here' },
    { id: 'drop', swatch: <line x1={W / 2} y1={1} x2={W / 2} y2={H - 1} className="drop-line" />, text: 'E at w' },
    { id: 'step', swatch: <g className="step-arrow">{arrow('')}</g>, text: 'the next step Δw = −η ∂E/∂w' },
    { id: 'next', swatch: <circle cx={W / 2} cy={H / 2} r={5} className="next-point" />, text: 'where the step lands' },
    {
      id: 'trail',
      swatch: (
        <>
          <line x1={3} y1={4} x2={W - 3} y2={H - 4} className="trail" />
          <circle cx={3} cy={4} r={2.5} className="trail-dot" />
          <circle cx={W - 3} cy={H - 4} r={2.5} className="trail-dot" />
        </>
      ),
      text: 'steps taken',
    },
  ],
  contour: [
    POINT,
    { id: 'step', swatch: arrow('contour-step'), text: 'the next step Δw = −η ∇E (across the level lines)' },
    {
      id: 'trail',
      swatch: (
        <>
          <rect width={W} height={H} rx={3} className="key-map" />
          <line x1={3} y1={H - 4} x2={W - 3} y2={4} className="trajectory" />
        </>
      ),
      text: 'steps taken',
    },
    { id: 'start', swatch: <rect x={W / 2 - 5} y={H / 2 - 5} width={10} height={10} className="start-mark" />, text: 'start' },
    { id: 'bands', swatch: <rect width={W} height={H} rx={3} className="key-bands" />, text: 'bands: levels of E (scale at the right)' },
  ],
  surface: [
    POINT,
    { id: 'step', swatch: arrow('contour-step'), text: 'the next step Δw = −η ∇E' },
    {
      id: 'trail',
      swatch: (
        <>
          <rect width={W} height={H} rx={3} className="key-map" />
          <line x1={3} y1={H - 4} x2={W - 3} y2={4} className="trajectory" />
        </>
      ),
      text: 'steps taken',
    },
    { id: 'surface', swatch: <rect width={W} height={H} rx={3} className="key-bands" />, text: 'height and colour: E' },
  ],
};

/** The key of the marks of the view shown. */
export function MarkKey() {
  const view = useAppState((s) => s.view);
  return (
    <ul className="mark-key" aria-label="What the marks mean" data-testid="mark-key">
      {MARKS[view].map((m) => (
        <li key={m.id} data-mark={m.id}>
          <svg width={W} height={H} aria-hidden="true" className="key-swatch">
            {m.swatch}
          </svg>
          {m.text}
        </li>
      ))}
    </ul>
  );
}
