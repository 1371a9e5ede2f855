/**
 * The math panel's lines for the pending step, shared by the panel and the
 * step-through strip. While a run plays the lines hold the step they showed:
 * the selector gives null then, so nothing re-renders or re-typesets per frame
 * (bench:play: re-typesetting 4 times a second put the contour view's p95 at 16 ms).
 */
import { useMemo, useRef } from 'react';
import { runMoving, useAppState, useAppStore, type RunSnapshot } from '../../store';
import { seedIndex } from '../../engine';
import { mathLines, type MathLine } from './tex';
import { optimizerTex } from './optimizerTex';

/** The last value that was not null (`first` until there is one). */
function useFrozen<T>(value: T | null, first: () => T): T {
  const held = useRef<T | null>(value);
  if (value !== null) held.current = value;
  held.current ??= first();
  return held.current;
}

/** Lines, the snapshot they show, and the record and unit written out. */
export interface MathView {
  lines: MathLine[];
  snap: RunSnapshot;
  record: number;
  unit: number;
}

/** The lines of the pending step (held while playing). */
export function useMathLines(): MathView {
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const eta = useAppState((s) => s.eta);
  const chosen = useAppState((s) => s.mathRecord);
  const unitChosen = useAppState((s) => s.mathUnit);
  const live = useAppState((s) => (runMoving(s) ? null : s.snapshot));
  const store = useAppStore();
  const snap = useFrozen(live, () => store.getState().snapshot);
  const { N, k } = problem;
  const unit = Math.min(unitChosen, k - 1);
  // The record written out: the one chosen, else the first of the pending step's records.
  const record = Math.min(N - 1, chosen ?? snap.batch[0] ?? 0);
  const optimizer = useAppState((s) => s.optimizer);
  const optimizerParams = useAppState((s) => s.optimizerParams);
  const axis = useAppState((s) => s.axis);
  const lines = useMemo(() => {
    const base = mathLines({ problem, activation, loss, eta, w: snap.w, grad: snap.grad, dw: snap.dw, E: snap.E, batch: snap.batch, batchLength: snap.batchLength, record, unit });
    if (optimizer === 'gd' || !snap.opt) return base;
    // Another optimizer: its update, for the weight on the plot, replaces Δw = −η ∂E/∂w.
    const q = axis;
    const c = q % problem.d;
    const w = problem.k > 1 ? `w_{${seedIndex(problem, c)}${Math.floor(q / problem.d) + 1}}` : `w_{${seedIndex(problem, c)}}`;
    const [state, step] = optimizerTex({ name: optimizer, params: optimizerParams, eta, g: snap.grad[q], dw: snap.dw[q], state: snap.opt, q, w });
    return base.flatMap((l): MathLine[] =>
      l.id === 'dw' ? [{ part: 'gradient', id: 'opt-state', tex: state }, { part: 'gradient', id: 'dw', tex: step }] : [l],
    );
  }, [problem, activation, loss, eta, snap, record, unit, optimizer, optimizerParams, axis]);
  return { lines, snap, record, unit };
}
