/** The run at a glance: step, E, η and status, and a plain message when it converged or diverged. */
import { useAppState, useAppStore, useEtaMax, type RunSnapshot } from '../../store';
import { Readout, TextReadout } from './Readout';
import { formatNumber, statusWord } from '../../notation';

const liveStep = (s: RunSnapshot) => s.step;
const liveE = (s: RunSnapshot) => s.E;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** Step count, E, η, status and what to do next. */
export function RunStatus() {
  const store = useAppStore();
  const snap = useAppState((s) => s.snapshot);
  const eta = useAppState((s) => s.eta);
  const loss = useAppState((s) => s.loss);
  const k = useAppState((s) => s.problem.k);
  const playing = useAppState((s) => s.playing);
  const etaMax = useEtaMax();
  const word = statusWord({ status: snap.status, stalled: snap.stalled, step: snap.step, playing });
  return (
    <section className="panel run-status" aria-label="Run status">
      <dl className="stats">
        <div>
          <dt>step</dt>
          <dd>
            <Readout quantity="step" value={snap.step} integer live={liveStep} />
          </dd>
        </div>
        <div>
          <dt title={loss === 'sse' ? 'sum of squared errors' : 'mean squared error'}>
            E = {loss === 'mse' ? '1/(2N)' : '½'} Σ<sub>μ</sub>
            {k > 1 ? (
              <>
                {' '}Σ<sub>j</sub>
              </>
            ) : null}{' '}
            (y − ŷ)²
          </dt>
          <dd>
            <Readout quantity="E" value={snap.E} digits={5} live={liveE} />
          </dd>
        </div>
        <div>
          <dt>η</dt>
          <dd>
            <Readout quantity="eta" value={eta} />
          </dd>
        </div>
        {etaMax !== null && (
          <div>
            <dt title="for batch descent on this linear unit: η must stay below 2/λ_max, λ_max the largest eigenvalue of the Hessian">
              largest stable η = 2/λ<sub>max</sub>
            </dt>
            <dd>
              <Readout quantity="eta_max" value={etaMax} />
            </dd>
          </div>
        )}
        <div>
          <dt>status</dt>
          {/* data-value keeps the engine's status (running, converged, diverged); people read the word. */}
          <dd className={`status status-${word}`}>
            <TextReadout quantity="status" value={snap.status} text={word} />
          </dd>
        </div>
      </dl>
      <div role="status" aria-live="polite" className="status-message">
        {snap.status === 'diverged' && (
          <p className="message error">
            <strong>Diverged.</strong> η = {formatNumber(eta)} is too large for this bowl: each step overshoots the bottom by
            more than it gains ({snap.reason}).
            {etaMax !== null && <> For this bowl η must stay below 2/λ<sub>max</sub> = {formatNumber(etaMax)}.</>} Try a smaller η (the run starts again from its starting weights), or press{' '}
            <button type="button" className="link" onClick={() => store.getState().reset()}>
              Reset
            </button>
            .
          </p>
        )}
        {snap.status === 'converged' && !snap.stalled && (
          <p className="message ok">
            <strong>Converged</strong> after {plural(snap.step, 'step')}: every weight now moves less than 10⁻⁶ per epoch and
            E has stopped changing.
          </p>
        )}
        {snap.status === 'converged' && snap.stalled && (
          <p className="message warn">
            <strong>Stalled, not at the bottom.</strong> f′(h) ≈ 0 for every record (the unit is saturated), so every
            Δw = η δ x ≈ 0 although E is still {formatNumber(snap.E)}. This is a plateau of the bowl: drag the weight back
            towards the slope, or try another activation.
          </p>
        )}
      </div>
    </section>
  );
}
