/**
 * What a screen reader hears of the run (a polite live region, not shown): each Step ("Step 5:
 * E = 0.4912; w₁ = 2.356, next Δw₁ = −0.5756"), a pause, and while a run plays its progress at
 * most every ANNOUNCE_MS — never a flood of numbers. How a run ends (converged, diverged) is
 * said by the run's status panel.
 */
import { useEffect, useRef, useState } from 'react';
import { formatNumber, labelOfWeight, reached, STAGES } from '../../notation';
import { useAppStore, type AppState, type RunSnapshot } from '../../store';

/** Least milliseconds between two announcements while a run plays. */
export const ANNOUNCE_MS = 5000;

/** The sentence for the run at `snap` in `s`. */
function sentence(s: AppState, snap: RunSnapshot, lead: string): string {
  const q = s.axis;
  const label = labelOfWeight(s.problem, q);
  const step = snap.step.toLocaleString('en');
  // In step-through the step is not named before the gradient part (values not reached are said nowhere).
  const shown = !s.stepThrough || reached('gradient', STAGES[s.stage]);
  const next = shown && Number.isFinite(snap.dw[q]) ? `, next Δ${label} = ${formatNumber(snap.dw[q])}` : '';
  return `${lead} step ${step}: E = ${formatNumber(snap.E)}; ${label} = ${formatNumber(snap.w[q])}${next}.`;
}

/** The live region. */
export function RunAnnouncer() {
  const store = useAppStore();
  const [text, setText] = useState('');
  const last = useRef(-Infinity);
  useEffect(() => {
    const say = (t: string) => {
      last.current = performance.now();
      setText(t);
    };
    // A step (or reset, or a new start) while paused, and a pause: said at once.
    const offStore = store.subscribe((s, prev) => {
      if (s.playing && !prev.playing) say(`Playing from step ${s.snapshot.step.toLocaleString('en')}.`);
      else if (!s.playing && prev.playing) say(sentence(s, s.snapshot, 'Paused at'));
      else if (!s.playing && s.snapshot !== prev.snapshot) say(sentence(s, s.snapshot, 'At'));
    });
    // While playing: the progress, at most every ANNOUNCE_MS.
    const offFrames = store.getState().frames.subscribe((snap) => {
      const s = store.getState();
      if (!s.playing || performance.now() - last.current < ANNOUNCE_MS) return;
      say(sentence(s, snap, 'Playing, at'));
    });
    return () => {
      offStore();
      offFrames();
    };
  }, [store]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="run-announcer">
      {text}
    </p>
  );
}
