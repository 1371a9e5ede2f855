/**
 * The racers' trajectories (a race: runs=), one path each in its run's colour and dash
 * over a white casing, drawn by React when the store commits (a few times a second
 * while playing); RaceMarkers moves their heads every frame. `place` maps a point of a
 * run's history to pixels, so the contour map, the curve and the E chart share this.
 */
import { forEachHistoryPoint } from '../../engine';
import { useAppState } from '../../store';
import { polyline } from './polyline';
import { runStyle } from './runStyles';

/** Pixels of a run's point: weights `w` from index `at`, and its E. */
export type PlaceRun = (w: ArrayLike<number>, at: number, E: number, step: number) => readonly [x: number, y: number];

interface RaceTrailsProps {
  /** Where a point of a run goes. */
  place: PlaceRun;
}

/** The racers' paths (nothing without a race). */
export function RaceTrails({ place }: RaceTrailsProps) {
  const racers = useAppState((s) => s.racers);
  // The histories are mutated in place by each step: each commit of the run redraws them.
  useAppState((s) => s.snapshot);
  if (racers.length === 0) return null;
  return (
    <g className="race-trails" pointerEvents="none">
      {racers.map((r, q) => {
        const line = polyline();
        forEachHistoryPoint(r.history, (step, E, w, at) => {
          const [x, y] = place(w, at, E, step);
          line.add(x, y);
        });
        const { d, given } = line.done();
        const style = runStyle(q + 1);
        return (
          <g key={q} data-run={q + 2}>
            <path d={d} className="race-casing" />
            <path d={d} className="race-trail" stroke={style.colour} strokeDasharray={style.dash ?? undefined} data-testid="race-trail" data-points={given} />
          </g>
        );
      })}
    </g>
  );
}
