/**
 * Step-through mode: one update taken apart into its five parts. A switch in the
 * toolbar turns it on (StepThroughSwitch); while on, Step (→) or "Next part"
 * shows the next part and takes the step after the last, Back (←) the previous
 * one. The part reached is said in words and marked with ▶ (not by colour
 * alone), and its formulas, with the numbers of the pending step, are typeset in
 * this panel beside the plot, so a student sees both at once.
 */
import { useAppState, useAppStore } from '../../store';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { Tex, useKatex } from '../math/Tex';
import { useMathLines } from '../math/useMathLines';
import { stagePlotText, STAGE_TITLES, STAGES } from '../../notation';

/** While step-through is on: the parts of the pending update, beside the plot. */
export function StepThrough() {
  const on = useAppState((s) => s.stepThrough);
  if (!on) return null;
  return (
    <section className="panel step-through" aria-label="Step-through: the parts of one update">
      <Parts />
    </section>
  );
}

/** The five parts, the one reached, and its formulas. */
function Parts() {
  const store = useAppStore();
  const stage = useAppState((s) => s.stage);
  const step = useAppState((s) => s.snapshot.step);
  const view = useAppState((s) => s.view);
  const { lines } = useMathLines();
  const katex = useKatex();
  const diverged = useAppState((s) => s.snapshot.status === 'diverged');
  const name = STAGES[stage];
  const last = stage === STAGES.length - 1;
  return (
    <>
      <ol className="stages" aria-label={`Parts of step ${step + 1}`}>
        {STAGES.map((s, i) => (
          <li key={s} data-stage={s} aria-current={i === stage ? 'step' : undefined} className={i < stage ? 'done' : i === stage ? 'current' : 'later'}>
            <span aria-hidden="true">{i === stage ? '▶ ' : i < stage ? '✓ ' : ''}</span>
            {STAGE_TITLES[s]}
          </li>
        ))}
      </ol>
      {/* Announced on each change, so a screen-reader user hears the part reached. */}
      <p className="stage-now" role="status" data-testid="stage-now" data-stage={name}>
        Part {stage + 1} of {STAGES.length}: {STAGE_TITLES[name]} — on the plot, {stagePlotText(name, view)}.{' '}
        {stage < STAGES.length - 1 ? 'Step (→) shows the next part.' : 'Step (→) takes the step.'}
      </p>
      <div className="stage-math" data-testid="stage-math">
        {lines
          .filter((l) => l.part === name && l.id !== 'grad')
          .map((l) => (
            <div key={l.id} className="math-line" data-line={l.id}>
              <Tex tex={l.tex} katex={katex} />
            </div>
          ))}
      </div>
      <div className="stage-buttons">
        <button
          type="button"
          onClick={(e) => {
            store.getState().previous();
            releaseAfterMouse(e);
          }}
          disabled={stage === 0}
          aria-keyshortcuts="ArrowLeft , PageUp"
        >
          <span aria-hidden="true">← </span>Back a part
        </button>
        <button
          type="button"
          className="primary"
          onClick={(e) => {
            store.getState().next();
            releaseAfterMouse(e);
          }}
          disabled={diverged}
          aria-keyshortcuts="ArrowRight . PageDown"
        >
          {last ? 'Take the step' : 'Next part'}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </>
  );
}
