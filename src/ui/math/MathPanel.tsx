/**
 * The math panel: the seed's chain from h = Σᵢ wᵢxᵢ to Δwᵢ = η δ xᵢ, typeset with
 * KaTeX, with the numbers of the pending step in it. KaTeX (and its CSS and
 * fonts) is loaded after the first paint, so it costs the page nothing up front;
 * `katex.render` builds DOM nodes (no innerHTML, `trust` off), which a strict
 * Content-Security-Policy allows. While a run plays, the panel holds the step it
 * showed (and says so), so typesetting never costs the animation its frames.
 */
import { runMoving, useAppState, useAppStore, useStage } from '../../store';
import { Tex, useKatex } from './Tex';
import { useMathLines } from './useMathLines';
import { LiveLine } from './LiveLine';
import { StepTerms } from './StepTerms';
import { MATH_PARTS, type MathPart } from './tex';
import { STAGE_TITLES } from '../../notation';

/** Part headings: the step-through titles, numbered. */
const PART_TITLES = Object.fromEntries(MATH_PARTS.map((p, i) => [p, `${i + 1}. ${STAGE_TITLES[p]}`])) as Record<MathPart, string>;

/** The derivation with live numbers. */
export function MathPanel() {
  const store = useAppStore();
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const playing = useAppState(runMoving);
  const chosen = useAppState((s) => s.mathRecord);
  const { lines, snap, record, unit: j } = useMathLines();
  const stage = useStage();
  const stageIndex = stage === null ? -1 : MATH_PARTS.indexOf(stage);
  // Not while a link's steps are taken: the first typesetting and its fonts' relayouts are
  // long tasks, and the page must answer at once then.
  const katex = useKatex(useAppState((s) => s.loading === null));
  const { N, k } = problem;

  return (
    <section className="panel math" aria-labelledby="math-title" data-testid="math-panel">
      <h2 id="math-title">The math of the next step</h2>
      {playing && (
        <>
          <p className="note" role="status">
            The formulas are held at step {snap.step.toLocaleString('en')} while the run goes on (typesetting every frame would cost the animation its
            frame rate); Pause or Step brings them up to date.
          </p>
          <LiveLine />
        </>
      )}
      <div className="math-options">
        <label>
          record μ{' '}
          <input
            type="number"
            min={1}
            max={N}
            step={1}
            value={record + 1}
            onChange={(e) => {
              const v = Math.round(Number(e.target.value));
              if (Number.isFinite(v) && v >= 1 && v <= N) store.getState().setMathRecord(v - 1);
            }}
          />
        </label>
        {chosen !== null && (
          <button type="button" className="link" onClick={() => store.getState().setMathRecord(null)}>
            follow the step
          </button>
        )}
        {k > 1 && (
          <label>
            output unit j{' '}
            <select value={j} onChange={(e) => store.getState().setMathUnit(Number(e.target.value))}>
              {Array.from({ length: k }, (_, u) => (
                <option key={u} value={u}>
                  {u + 1}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {k > 1 && (
        <p className="note">
          The rule w<sub>ij</sub> = η δ<sub>j</sub> x<sub>i</sub> gives the step Δw<sub>ij</sub>, added to w<sub>ij</sub>.
        </p>
      )}
      {MATH_PARTS.map((part, p) => (
        <div
          key={part}
          className={`math-part${stageIndex < 0 ? '' : p === stageIndex ? ' current' : p > stageIndex ? ' later' : ' done'}`}
          data-part={part}
          aria-current={p === stageIndex ? 'step' : undefined}
        >
          <h3>
            {PART_TITLES[part]}
            {p === stageIndex && <span className="now"> ◀ now</span>}
          </h3>
          {stageIndex >= 0 && p > stageIndex ? (
            // Step-through has not reached this part: its numbers are not shown yet.
            <p className="note">Shown when step-through reaches this part.</p>
          ) : (
            <>
              {lines
                .filter((l) => l.part === part)
                .map((l) => (
                  <div key={l.id} className="math-line" data-line={l.id}>
                    <Tex tex={l.tex} katex={katex} />
                  </div>
                ))}
              {part === 'gradient' && (
                <StepTerms problem={problem} activation={activation} loss={loss} w={snap.w} grad={snap.grad} batch={snap.batch} batchLength={snap.batchLength} unit={j} />
              )}
            </>
          )}
        </div>
      ))}
    </section>
  );
}
