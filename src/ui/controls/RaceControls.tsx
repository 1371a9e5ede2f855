/**
 * Starting and changing a race (runs=): race the six optimizers at today's η, race
 * η × ½, × 1, × 2 with today's optimizer, add one run of a chosen optimizer and η,
 * remove a run, or end the race. Every run starts where the current run started.
 */
import { useState } from 'react';
import { OPTIMIZER_NAMES, type OptimizerName } from '../../engine';
import { ETA_MAX, ETA_MIN, MAX_RUNS, useAppState, useAppStore, type RaceRun } from '../../store';
import { formatNumber, OPTIMIZER_TITLES } from '../../notation';
import { Choice } from './Choice';
import { NumberField } from './NumberField';

/** η clamped to the accepted range, to 6 significant digits (×½ of 0.1 is 0.05, not 0.05000000000000001). */
const clampEta = (v: number) => Number(Math.min(ETA_MAX, Math.max(ETA_MIN, v)).toPrecision(6));

/** The race controls. */
export function RaceControls() {
  const store = useAppStore();
  const optimizer = useAppState((s) => s.optimizer);
  const eta = useAppState((s) => s.eta);
  const racers = useAppState((s) => s.racers);
  const [addOptimizer, setAddOptimizer] = useState<OptimizerName>('momentum');
  const [addEta, setAddEta] = useState<number | null>(null);
  const runs: RaceRun[] = [{ optimizer, eta }, ...racers.map(({ optimizer: o, eta: e }) => ({ optimizer: o, eta: e }))];
  const race = (next: RaceRun[]) => store.getState().setRace(next);
  const full = runs.length >= MAX_RUNS;
  const newEta = addEta ?? eta;
  return (
    <section className="panel race-controls" aria-label="Race">
      <h2>Race other runs</h2>
      <p className="hint">Runs start together from the current start and take the same steps; the plots and the E chart draw them all.</p>
      <div className="race-buttons">
        <button type="button" onClick={() => race(OPTIMIZER_NAMES.map((o) => ({ optimizer: o, eta })))}>
          Race the six optimizers
        </button>
        <button type="button" onClick={() => race([{ optimizer, eta }, { optimizer, eta: clampEta(eta / 2) }, { optimizer, eta: clampEta(eta * 2) }])}>
          Race η × ½, × 1, × 2
        </button>
        {racers.length > 0 && (
          <button type="button" onClick={() => race([runs[0]])}>
            End the race
          </button>
        )}
      </div>
      <div className="race-add">
        <Choice<OptimizerName>
          name="add"
          label="run to add"
          value={addOptimizer}
          options={OPTIMIZER_NAMES.map((o) => ({ value: o, text: OPTIMIZER_TITLES[o] }))}
          onChange={setAddOptimizer}
        />
        <NumberField
          label="η of the run to add"
          visibleLabel="η ="
          value={newEta}
          min={ETA_MIN}
          max={ETA_MAX}
          accept={(v) => v >= ETA_MIN && v <= ETA_MAX}
          onCommit={(v) => {
            setAddEta(v);
            return true;
          }}
          onInvalid={(t, kept) => store.getState().notify(`“${t.slice(0, 20)}” is not a learning rate (a number from ${ETA_MIN} to ${ETA_MAX}); kept η = ${formatNumber(kept)}.`)}
        />
        <button type="button" disabled={full} title={full ? `A race has at most ${MAX_RUNS} runs` : undefined} onClick={() => race([...runs, { optimizer: addOptimizer, eta: newEta }])}>
          Add a run
        </button>
      </div>
      {racers.length > 0 && (
        <div className="race-remove">
          {racers.map((r, q) => (
            <button key={q} type="button" aria-label={`Remove run ${q + 2} (${OPTIMIZER_TITLES[r.optimizer]}, η = ${formatNumber(r.eta)})`} onClick={() => race(runs.filter((_, n) => n !== q + 1))}>
              − run {q + 2}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
