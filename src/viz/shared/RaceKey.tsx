/**
 * A race's key in one line under the plot, for lecture mode (where the legend beside the
 * plot is hidden): each run's line and marker, its number, optimizer and η, and its E.
 */
import { formatNumber, OPTIMIZER_TITLES } from '../../notation';
import { useAppState } from '../../store';
import { RunSwatch } from './RunSwatch';

/** The key (nothing without a race). */
export function RaceKey() {
  const racers = useAppState((s) => s.racers);
  const optimizer = useAppState((s) => s.optimizer);
  const eta = useAppState((s) => s.eta);
  const snap = useAppState((s) => s.snapshot);
  if (racers.length === 0) return null;
  const runs = [{ optimizer, eta, E: snap.E }, ...racers.map((r) => ({ optimizer: r.optimizer, eta: r.eta, E: r.runner.E }))];
  return (
    <ul className="race-key" aria-label="The race's runs">
      {runs.map((r, n) => (
        <li key={n}>
          <RunSwatch run={n} px={20} />
          <span>
            {n + 1} {OPTIMIZER_TITLES[r.optimizer]}, η {formatNumber(r.eta)}: E {formatNumber(r.E)}
          </span>
        </li>
      ))}
    </ul>
  );
}
