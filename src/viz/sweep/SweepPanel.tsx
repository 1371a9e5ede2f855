/**
 * The sweep panel: "what if η were different?" E after k steps of this run — same problem,
 * start and settings — for 60 values of η (for momentum and Nesterov, a map over η and μ),
 * computed off the main thread with a progress bar and Cancel. Picking a point sets η (and
 * μ) and starts the run again from its start with it.
 */
import { useEffect, useRef, useState } from 'react';
import type { SweepPoint } from '../../engine';
import { SHUFFLE_SEED, useAppState, useAppStore, useEtaMax } from '../../store';
import { formatNumber, OPTIMIZER_TITLES } from '../../notation';
import { objectId } from '../shared/useSlice';
import { MomentumMap } from './MomentumMap';
import { runSweep } from './runSweep';
import { SweepChart } from './SweepChart';
import { MAP_ETAS, MAP_MUS, MAX_SWEEP_WORK, SWEEP_ETAS, sweepEtas } from './sweepRange';

/** Steps each run of a sweep takes by default, and at most. */
const DEFAULT_STEPS = 50;
const MAX_STEPS = 1000;

let nextJob = 1;

interface Result {
  key: string;
  points: SweepPoint[];
  etas: number[];
  mus: readonly number[] | null;
  steps: number;
}

/** The panel. */
export function SweepPanel() {
  const store = useAppStore();
  // What a sweep is made of (each selected alone: the panel renders when one of them changes, not on every step).
  const s = {
    problem: useAppState((st) => st.problem),
    activation: useAppState((st) => st.activation),
    loss: useAppState((st) => st.loss),
    mode: useAppState((st) => st.mode),
    batchSize: useAppState((st) => st.batchSize),
    optimizer: useAppState((st) => st.optimizer),
    optimizerParams: useAppState((st) => st.optimizerParams),
    runStart: useAppState((st) => st.runStart),
    eta: useAppState((st) => st.eta),
  };
  const etaMax = useEtaMax();
  const [steps, setSteps] = useState(DEFAULT_STEPS);
  const [stepsNote, setStepsNote] = useState<string | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => () => cancel.current?.(), []);
  const momentum = s.optimizer === 'momentum' || s.optimizer === 'nesterov';
  // What the sweep depends on (μ only when it is not swept).
  const { mu: _mu, ...others } = s.optimizerParams;
  const params = momentum ? others : s.optimizerParams;
  const key = [objectId(s.problem), s.activation, s.loss, s.mode, s.batchSize, s.optimizer, JSON.stringify(params), s.runStart.join(','), steps].join('|');

  const stop = () => {
    cancel.current?.();
    cancel.current = null;
    setProgress(null);
  };
  const start = () => {
    stop();
    const etas = sweepEtas(momentum ? MAP_ETAS : SWEEP_ETAS, s.eta, etaMax);
    const mus = momentum ? MAP_MUS : null;
    const pairs = mus ? mus.flatMap((m) => etas.map((e) => [e, m] as const)) : etas.map((e) => [e, null] as const);
    const work = s.problem.N * s.problem.k * s.problem.d * steps * pairs.length;
    if (work > MAX_SWEEP_WORK) {
      store.getState().notify(`This sweep would be ${work.toExponential(1)} operations (records × weights × steps × runs), past the limit of ${MAX_SWEEP_WORK.toExponential(0)}: ask for fewer steps.`, 'warning');
      return;
    }
    const spec = {
      problem: s.problem,
      w0: Float64Array.from(s.runStart),
      opts: { activation: s.activation, loss: s.loss, mode: s.mode, batchSize: s.batchSize, optimizer: s.optimizer, optimizerParams: s.optimizerParams, shuffle: true, seed: SHUFFLE_SEED },
      steps,
    };
    setProgress({ done: 0, total: pairs.length });
    cancel.current = runSweep(
      { id: nextJob++, spec, pairs },
      {
        progress: (done, total) => setProgress({ done, total }),
        done: (points) => {
          cancel.current = null;
          setProgress(null);
          setResult({ key, points, etas, mus, steps });
        },
        failed: (message) => {
          cancel.current = null;
          setProgress(null);
          store.getState().notify(`The sweep failed (${message}); the page is as it was.`, 'error');
        },
      },
    );
  };
  const pick = (p: SweepPoint) => {
    const st = store.getState();
    if (p.mu !== null) st.setOptimizer(st.optimizer, { ...st.optimizerParams, mu: p.mu });
    if (st.setEta(p.eta)) store.getState().reset();
  };
  const stale = result !== null && result.key !== key;
  return (
    <section className="panel sweep" aria-labelledby="sweep-title">
      <h2 id="sweep-title">What if η were different? A sweep</h2>
      <p className="hint">
        Runs this problem from the same start for {result?.mus || momentum ? `${MAP_ETAS} values of η and ${MAP_MUS.length} of μ` : `${SWEEP_ETAS} values of η`} with {OPTIMIZER_TITLES[s.optimizer]}, {steps} steps each, and
        shows where E ends. Pick a point to run with its η{momentum ? ' and μ' : ''}.
      </p>
      <div className="sweep-controls">
        <label className="setting">
          <span className="setting-name">steps each</span>
          <input
            type="number"
            min={1}
            max={MAX_STEPS}
            step={1}
            value={draft ?? steps}
            aria-label="steps each run of the sweep takes"
            onChange={(e) => {
              // What is typed shows as typed; a whole number in range applies at once, anything else is named on leaving.
              const text = e.target.value;
              setDraft(text);
              const v = Number(text);
              if (text.trim() !== '' && Number.isInteger(v) && v >= 1 && v <= MAX_STEPS) {
                setSteps(v);
                setStepsNote(null);
              }
            }}
            onBlur={() => {
              const v = Number(draft);
              if (draft !== null && !(draft.trim() !== '' && Number.isInteger(v) && v >= 1 && v <= MAX_STEPS)) {
                setStepsNote(`“${draft.slice(0, 20)}” is not a number of steps (a whole number from 1 to ${MAX_STEPS}); the sweep keeps ${steps}.`);
              }
              setDraft(null);
            }}
          />
        </label>
        <button type="button" className="primary" onClick={start} disabled={progress !== null}>
          {result ? 'Run the sweep again' : 'Run the sweep'}
        </button>
        {progress && (
          <>
            <progress max={progress.total} value={progress.done} aria-label="sweep progress" data-testid="sweep-progress" />
            <span>
              {progress.done} of {progress.total} runs
            </span>
            <button type="button" onClick={stop}>
              Cancel
            </button>
          </>
        )}
      </div>
      {stepsNote && (
        <p className="note" role="status" data-testid="sweep-steps-note">
          {stepsNote}
        </p>
      )}
      {stale && <p className="note">The run's settings changed since this sweep: run it again to see them.</p>}
      {result && (
        <div className={stale ? 'sweep-result stale' : 'sweep-result'}>
          {result.mus ? (
            <MomentumMap points={result.points} etas={result.etas} mus={result.mus} steps={result.steps} eta={s.eta} mu={s.optimizerParams.mu ?? 0.9} onPick={pick} />
          ) : (
            <SweepChart points={result.points} steps={result.steps} eta={s.eta} etaMax={etaMax} onPick={pick} />
          )}
          <p className="note">
            {etaMax !== null && !result.mus ? `Dashed: η_max = ${formatNumber(etaMax)}, the largest η at which a linear unit's descent is stable. ` : ''}
            Each point is the run the page would make with that η: the same data, start, settings and shuffle.
          </p>
        </div>
      )}
    </section>
  );
}
