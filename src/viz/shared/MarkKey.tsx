/**
 * The key to a view's marks, under the plot: each mark drawn small, in the same
 * style as on the plot, with what it means in words a student knows. Line
 * styles and shapes differ (solid, dashed, dotted, ring, arrow), so the key
 * never relies on colour alone. Hovering or focusing an entry names its mark's
 * value and makes the mark stand out on the plot (the plot slot's
 * `data-highlight`, styled in styles.css); pressing it keeps the mark out.
 */
import { useRef, useState, type ReactNode } from 'react';
import { labelOfWeight } from '../../notation';
import { useAppState, useStage, type ViewName } from '../../store';
import { markValues } from './markValues';

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

/** The trajectory on the 2-D views: a white line over the map's colours. */
const TRAIL_ON_MAP: Mark = {
  id: 'trail',
  swatch: (
    <>
      <rect width={W} height={H} rx={3} className="key-map" />
      <line x1={3} y1={H - 4} x2={W - 3} y2={4} className="trajectory" />
    </>
  ),
  text: 'steps taken',
};

/** The data view over two inputs: the records on the shaded map of ŷ, and the decision boundary. */
const PLANE_MARKS: readonly Mark[] = [
  { id: 'records', swatch: <><circle cx={8} cy={H / 2} r={4.5} className="data-point on-shade" style={{ fill: '#5e3c99' }} /><rect x={W - 13} y={H / 2 - 4.5} width={9} height={9} className="data-point on-shade" style={{ fill: '#e66101' }} /></>, text: 'records, coloured by target y (circle: below ½, square: above)' },
  { id: 'shade', swatch: <><rect width={W / 2} height={H} fill="#b2abd2" /><rect x={W / 2} width={W / 2} height={H} fill="#fdb863" /></>, text: 'shading: the model’s ŷ (purple low, orange high)' },
  { id: 'boundary', swatch: <line x1={1} y1={H / 2} x2={W - 1} y2={H / 2} className="data-boundary" />, text: 'ŷ = ½ for a sigmoid (0 for tanh): the decision boundary' },
];

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
    TRAIL_ON_MAP,
    { id: 'start', swatch: <rect x={W / 2 - 5} y={H / 2 - 5} width={10} height={10} className="start-mark" />, text: 'start' },
    { id: 'bands', swatch: <rect width={W} height={H} rx={3} className="key-bands" />, text: 'bands: levels of E (scale at the right)' },
  ],
  data: [
    { id: 'records', swatch: <circle cx={W / 2} cy={H / 2} r={4.5} className="data-point" />, text: 'records (x, y)' },
    { id: 'model', swatch: <line x1={1} y1={H - 3} x2={W - 1} y2={3} className="data-model" />, text: 'the model now: ŷ = f(h)' },
    { id: 'errors', swatch: <line x1={W / 2} y1={2} x2={W / 2} y2={H - 2} className="data-error" />, text: 'each record’s error y − ŷ' },
  ],
  surface: [
    POINT,
    { id: 'step', swatch: arrow('contour-step'), text: 'the next step Δw = −η ∇E' },
    TRAIL_ON_MAP,
    { id: 'surface', swatch: <rect width={W} height={H} rx={3} className="key-bands" />, text: 'height and colour: E' },
  ],
};

/** The key of the marks of the view shown. */
export function MarkKey() {
  const view = useAppState((s) => s.view);
  const snap = useAppState((s) => s.snapshot);
  const mode = useAppState((s) => s.mode);
  const problem = useAppState((s) => s.problem);
  const i = useAppState((s) => s.axis);
  const j = useAppState((s) => s.axisJ);
  const stage = useStage();
  // The data view shows the weights' view beside the data: the key explains both.
  const weightView: ViewName = view !== 'data' ? view : problem.k * problem.d >= 2 ? 'contour' : 'curve';
  const marks = view === 'data' ? [...MARKS[weightView], ...(problem.n === 2 ? PLANE_MARKS : MARKS.data)] : MARKS[view];
  const values = {
    ...(view === 'data' ? markValues({ view: 'data', w: snap.w, dw: snap.dw, grad: snap.grad, E: snap.E, step: snap.step, batch: mode === 'batch', stage, i, j, labelI: '', labelJ: '' }) : {}),
    ...markValues({
    view: weightView, w: snap.w, dw: snap.dw, grad: snap.grad, E: snap.E, step: snap.step, batch: mode === 'batch', stage,
    i, j, labelI: labelOfWeight(problem, i), labelJ: j >= 0 ? labelOfWeight(problem, j) : '',
    }),
  };
  const list = useRef<HTMLUListElement>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  /** Marks `id`'s mark on the plot (or the pinned one, or none). */
  const highlight = (id: string | null) => {
    const slot = list.current?.closest<HTMLElement>('.plot-slot');
    if (!slot) return;
    const shown = id ?? pinned;
    if (shown) slot.dataset.highlight = shown;
    else delete slot.dataset.highlight;
  };
  return (
    <ul ref={list} className="mark-key" aria-label="What the marks mean" data-testid="mark-key">
      {marks.map((m) => (
        <li key={m.id} data-mark={m.id}>
          <button
            type="button"
            className="key-entry"
            aria-pressed={pinned === m.id}
            onMouseEnter={() => highlight(m.id)}
            onMouseLeave={() => highlight(null)}
            onFocus={() => highlight(m.id)}
            onBlur={() => highlight(null)}
            onClick={() => {
              const next = pinned === m.id ? null : m.id;
              setPinned(next);
              const slot = list.current?.closest<HTMLElement>('.plot-slot');
              if (slot && next) slot.dataset.highlight = next;
              else if (slot) delete slot.dataset.highlight;
            }}
          >
            <svg width={W} height={H} aria-hidden="true" className="key-swatch">
              {m.swatch}
            </svg>
            {m.text}
            {values[m.id] && <span className="key-value">: {values[m.id]}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
