/**
 * The math panel's lines for the pending step, shared by the panel and the
 * step-through strip. While a run plays the lines hold the step they showed:
 * the selector gives null then, so nothing re-renders or re-typesets per frame
 * (bench:play: re-typesetting 4 times a second put the contour view's p95 at 16 ms).
 */
import { useMemo, useRef } from 'react';
import { runMoving, useAppState, useAppStore, type RunSnapshot } from '../../store';
import { mathLines, type MathLine } from './tex';

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
  const lines = useMemo(
    () =>
      mathLines({ problem, activation, loss, eta, w: snap.w, grad: snap.grad, dw: snap.dw, E: snap.E, batch: snap.batch, batchLength: snap.batchLength, record, unit }),
    [problem, activation, loss, eta, snap, record, unit],
  );
  return { lines, snap, record, unit };
}
