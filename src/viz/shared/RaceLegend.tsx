/**
 * A race's legend (runs=): one row per run — its line and marker, optimizer, η, step
 * and E, and how it stands — and a note naming the run that reached the finish first
 * (E at or below the challenge's goal, or without one, convergence). The step and E
 * of each run are readouts `run.n.step` and `run.n.E` (n from 1, the page's own run 1),
 * following every frame while the race plays.
 */
import { useLayoutEffect, useRef } from 'react';
import { formatNumber, OPTIMIZER_TITLES, statusWord } from '../../notation';
import { raceLeaders, useAppState, useAppStore, useFrames, type AppState } from '../../store';
import { runStyle } from './runStyles';
import { RunSwatch } from './RunSwatch';

/** The mark after E of a run that has stopped, with its word for screen readers (the tooltip for others). */
const ENDED: Record<string, string | undefined> = { converged: '✓', stalled: '⏸', diverged: '✗' };

/** One run's numbers as of now. */
interface RunRow {
  optimizer: keyof typeof OPTIMIZER_TITLES;
  eta: number;
  step: number;
  E: number;
  word: string;
}

/** Every run of the race, the page's own first, as they stand in `s` (its own from the per-frame channel). */
function rowsOf(s: AppState): RunRow[] {
  const own = s.frames.current;
  return [
    { optimizer: s.optimizer, eta: s.eta, step: own.step, E: own.E, word: statusWord({ status: own.status, stalled: own.stalled, step: own.step, playing: s.playing }) },
    ...s.racers.map(({ optimizer, eta, runner: r }) => ({ optimizer, eta, step: r.step, E: r.E, word: statusWord({ status: r.status, stalled: r.stalled, step: r.step, playing: s.playing }) })),
  ];
}

/** The note under the legend. */
function finishNote(s: AppState): string {
  const goal = s.challenge?.goal ?? null;
  const finish = goal !== null ? `E ≤ ${formatNumber(goal)}` : 'convergence';
  const lead = raceLeaders(s.finishedAt);
  if (!lead) return `The first run to reach ${finish} wins.`;
  const names = lead.runs.map((n) => `run ${n + 1} (${OPTIMIZER_TITLES[n === 0 ? s.optimizer : s.racers[n - 1].optimizer]})`);
  return `${names.join(' and ')} reached ${finish} first, at step ${lead.step.toLocaleString('en')}.`;
}

/** Writes a live number: its full value for callers, its rounded text for people. */
function write(el: HTMLElement | null | undefined, v: number, text: string): void {
  if (!el) return;
  const data = Number.isFinite(v) ? String(v) : '';
  if (el.dataset.value !== data) el.dataset.value = data;
  if (el.textContent !== text) el.textContent = text;
}

/** The legend (nothing without a race). */
export function RaceLegend() {
  const store = useAppStore();
  const racers = useAppState((s) => s.racers);
  // Re-rendered when the run commits (a few times a second while playing); the cells follow every frame.
  useAppState((s) => s.snapshot);
  useAppState((s) => s.finishedAt);
  const cells = useRef<{ step: HTMLElement | null; E: HTMLElement | null }[]>([]);
  const fill = (textsToo: boolean) => {
    if (!textsToo) return;
    rowsOf(store.getState()).forEach((r, n) => {
      write(cells.current[n]?.step, r.step, r.step.toLocaleString('en'));
      write(cells.current[n]?.E, r.E, Number.isFinite(r.E) ? formatNumber(r.E) : '–');
    });
  };
  useLayoutEffect(() => fill(true));
  useFrames((snap) => fill(store.getState().frames.textDue(snap)));
  if (racers.length === 0) return null;
  const s = store.getState();
  const rows = rowsOf(s);
  return (
    <section className="panel race-legend" aria-label="The race">
      <table>
        <caption>
          Race: {rows.length} runs from one start, stepping together
        </caption>
        <thead>
          <tr>
            <th scope="col">run</th>
            <th scope="col">optimizer</th>
            <th scope="col">η</th>
            <th scope="col">step</th>
            <th scope="col">E</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={n} data-run={n + 1}>
              <th scope="row">
                <RunSwatch run={n} /> <span className="run-number">{n + 1}</span>
                <span className="visually-hidden">, {runStyle(n).shape}{runStyle(n).dash ? ', dashed' : ', solid'}</span>
              </th>
              <td>{OPTIMIZER_TITLES[r.optimizer]}</td>
              <td>{formatNumber(r.eta)}</td>
              <td>
                <output ref={(el) => void ((cells.current[n] ??= { step: null, E: null }).step = el)} className="readout" aria-live="off" data-quantity={`run.${n + 1}.step`} />
              </td>
              <td>
                <output ref={(el) => void ((cells.current[n] ??= { step: null, E: null }).E = el)} className="readout" aria-live="off" data-quantity={`run.${n + 1}.E`} />
                {ENDED[r.word] && (
                  <span className={`race-word word-${r.word}`} title={r.word} data-run-status={r.word}>
                    {' '}
                    <span aria-hidden="true">{ENDED[r.word]}</span>
                    <span className="visually-hidden">{r.word}</span>
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="race-note" role="status" data-testid="race-note">
        {finishNote(s)}
      </p>
    </section>
  );
}
