/**
 * The challenge bar (goal=, within=): "Challenge: bring E below 0.01 within 20 steps", the steps
 * counted while it is open ("step 7 of 20", following a playing run through the per-frame channel
 * without rendering), then in words — never colour alone — ✓ Met or ✗ Missed, announced once, and
 * Try again (the run from its start, the problem, η and optimizer kept). One line in the first screen,
 * above the plot; nothing without a challenge.
 */
import { useLayoutEffect, useRef } from 'react';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { challengeOutcome, useAppState, useAppStore, useFrames } from '../../store';
import { formatNumber } from '../../notation';
import { budgetText, countText, outcomeText } from './challengeWords';
import './challengeBar.css';

/** The goal, the count or the outcome, and Try again. */
export function ChallengeBar() {
  const store = useAppStore();
  const challenge = useAppState((s) => s.challenge);
  const snap = useAppState((s) => s.snapshot);
  const count = useRef<HTMLSpanElement>(null);
  // While playing, the count follows every frame's step (its text a few times a second, as the readouts').
  useFrames((frame) => {
    const el = count.current;
    if (!el || !challenge || !store.getState().frames.textDue(frame)) return;
    const text = countText(challenge, frame.step);
    if (el.textContent !== text) el.textContent = text;
  });
  // After a render the count shows the rendered step, whatever a frame wrote before it.
  useLayoutEffect(() => {
    if (count.current && challenge) count.current.textContent = countText(challenge, snap.step);
  });
  if (!challenge) return null;
  const outcome = challengeOutcome(challenge, snap);
  const sentence = outcomeText(challenge, outcome, snap);
  return (
    <section className={`challenge-bar challenge-${outcome}`} aria-label="Challenge" data-testid="challenge-bar">
      <p className="challenge-goal">
        Challenge: bring E below{' '}
        {/* A span, not an <output>: the bar's one status region is the sentence below. */}
        <span className="readout" data-quantity="goal" data-value={String(challenge.goal)}>
          {formatNumber(challenge.goal)}
        </span>
        {budgetText(challenge)}
      </p>
      {outcome === 'pending' && (
        <span ref={count} className="challenge-count" data-testid="challenge-count">
          {countText(challenge, snap.step)}
        </span>
      )}
      {/* The sentence is written once when the challenge is decided, so a screen reader hears it once. */}
      <p className="challenge-status" role="status" aria-live="polite" data-challenge={outcome} data-testid="challenge-status">
        {sentence && (
          <>
            <span aria-hidden="true" className="challenge-mark">
              {outcome === 'met' ? '✓ ' : '✗ '}
            </span>
            {sentence}
          </>
        )}
      </p>
      {/* Always there (focus is never lost when the outcome changes); it changes nothing at step 0. */}
      <button
        type="button"
        title="Start this run again from its start, keeping the problem, η and the optimizer"
        onClick={(e) => {
          store.getState().reset();
          releaseAfterMouse(e);
        }}
      >
        Try again
      </button>
    </section>
  );
}
