/**
 * Lecture mode's numbers: step, E, η and, for the weights on the plot's axes,
 * wᵢ and the pending Δwᵢ, in type large enough for the back of a lecture hall.
 * They follow a playing run through the per-frame channel (text a few times a
 * second). The full readouts under the contract stay in the panels.
 */
import { useLayoutEffect, useRef } from 'react';
import { formatNumber, labelOfWeight, reached } from '../../notation';
import { useAppState, useAppStore, useFrames, useStage, type RunSnapshot } from '../../store';

/** One number: its name and a value that follows the run. */
function KeyNumber({ name, value, live, withheld }: { name: string; value: number; live?: (s: RunSnapshot) => number; withheld?: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  const store = useAppStore();
  const write = (v: number) => {
    const text = withheld ? '…' : formatNumber(v, 4);
    if (ref.current && ref.current.textContent !== text) ref.current.textContent = text;
  };
  useFrames((snap) => {
    if (live && store.getState().frames.textDue(snap)) write(live(snap));
  });
  useLayoutEffect(() => write(value));
  return (
    <div className="key-number">
      <dt>{name}</dt>
      <dd>
        <span ref={ref}>{withheld ? '…' : formatNumber(value, 4)}</span>
      </dd>
    </div>
  );
}

/** The strip of key numbers. */
export function KeyNumbers() {
  const snap = useAppState((s) => s.snapshot);
  const eta = useAppState((s) => s.eta);
  const problem = useAppState((s) => s.problem);
  const view = useAppState((s) => s.view);
  const axis = useAppState((s) => s.axis);
  const axisJ = useAppState((s) => s.axisJ);
  const shown = view === 'curve' || axisJ < 0 ? [axis] : [axis, axisJ];
  // In step-through, Δw is reached at the gradient part.
  const early = !reached('gradient', useStage());
  return (
    <dl className="key-numbers" aria-label="Key numbers">
      <KeyNumber name="step" value={snap.step} live={(s) => s.step} />
      <KeyNumber name="E" value={snap.E} live={(s) => s.E} />
      <KeyNumber name="η" value={eta} />
      {shown.map((q) => {
        const w = labelOfWeight(problem, q);
        return [
          <KeyNumber key={`w${q}`} name={w} value={snap.w[q]} live={(s) => s.w[q]} />,
          <KeyNumber key={`dw${q}`} name={`Δ${w}`} value={snap.dw[q]} live={(s) => s.dw[q]} withheld={early} />,
        ];
      })}
    </dl>
  );
}
