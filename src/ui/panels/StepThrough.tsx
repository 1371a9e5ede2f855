/**
 * Step-through mode: one update taken apart into its five parts. A switch turns
 * it on; while on, Step (→) shows the next part and takes the step after the
 * last, Back (←) shows the previous one. The part reached is said in words and
 * marked with ▶ (not by colour alone), and its formulas, with the numbers of the
 * pending step, are typeset right here next to the plot.
 */
import { useAppState, useAppStore } from '../../store';
import { releaseAfterMouse } from '../controls/releaseAfterMouse';
import { Tex, useKatex } from '../math/Tex';
import { useMathLines } from '../math/useMathLines';
import { stagePlotText, STAGE_TITLES, STAGES } from '../../notation';

/** The switch and, while on, the parts of the pending update. */
export function StepThrough() {
  const store = useAppStore();
  const on = useAppState((s) => s.stepThrough);
  return (
    <div className={`step-through${on ? ' on' : ''}`}>
      <label className="toggle">
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => store.getState().setStepThrough(e.target.checked)}
          // Ticked with the mouse, focus goes back to the page so → moves through the parts at once.
          onClick={releaseAfterMouse}
        />{' '}
        take each step apart (step-through)
      </label>
      {on && <Parts />}
    </div>
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
  const name = STAGES[stage];
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
      <button
        type="button"
        onClick={(e) => {
          store.getState().previous();
          releaseAfterMouse(e);
        }}
        disabled={stage === 0}
        aria-keyshortcuts="ArrowLeft ,"
      >
        Back a part
      </button>
    </>
  );
}
