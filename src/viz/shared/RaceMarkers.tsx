/**
 * The racers' points (a race: runs=), each in its run's own shape and colour, moved on
 * every frame through the per-frame channel (no React render), with a line from the
 * end of its drawn trail to where it is now. Hovering one names its run.
 */
import { useLayoutEffect, useRef } from 'react';
import { useAppState, useFrames, type Racer } from '../../store';
import { formatNumber, OPTIMIZER_TITLES } from '../../notation';
import { lastHistoryPoint } from './lastHistoryPoint';
import type { PlaceRun } from './RaceTrails';
import { runStyle, runSymbolPath } from './runStyles';
import { setAttrs } from './setAttrs';

interface RaceMarkersProps {
  /** Where a point of a run goes. */
  place: PlaceRun;
  /** The markers' size across, in pixels. */
  px: number;
  /**
   * Follow every frame (default); false: move when the store commits, a few times a second while
   * playing (a small chart whose marks need not cost a repaint every frame).
   */
  everyFrame?: boolean;
}

/** What a racer's marker is called. */
export function racerName(r: Racer, run: number): string {
  return `run ${run}: ${OPTIMIZER_TITLES[r.optimizer]}, η = ${formatNumber(r.eta)}, ${runStyle(run - 1).shape}`;
}

/** The racers' markers (nothing without a race). */
export function RaceMarkers({ place, px, everyFrame = true }: RaceMarkersProps) {
  const racers = useAppState((s) => s.racers);
  // Each commit redraws the trails: the heads start again from their new ends.
  useAppState((s) => s.snapshot);
  const marks = useRef<(SVGGElement | null)[]>([]);
  const heads = useRef<(SVGLineElement | null)[]>([]);
  const ends = racers.map((r) => {
    const p = lastHistoryPoint(r.history);
    return p ? place(p.w, p.at, p.E, p.step) : null;
  });
  const draw = () =>
    racers.forEach((r, q) => {
      const [x, y] = place(r.runner.w, 0, r.runner.E, r.runner.step);
      setAttrs(marks.current[q], { transform: `translate(${Math.round(x * 100) / 100},${Math.round(y * 100) / 100})` }, Number.isFinite(x) && Number.isFinite(y));
      const end = ends[q];
      setAttrs(heads.current[q], end ? { x1: end[0], y1: end[1], x2: x, y2: y } : {}, end !== null);
    });
  useLayoutEffect(draw);
  useFrames(() => {
    if (everyFrame) draw();
  });
  if (racers.length === 0) return null;
  return (
    <g className="race-markers">
      {racers.map((r, q) => {
        const style = runStyle(q + 1);
        return (
          <g key={q} data-run={q + 2}>
            <line ref={(el) => void (heads.current[q] = el)} className="race-trail race-head" stroke={style.colour} strokeDasharray={style.dash ?? undefined} />
            <g ref={(el) => void (marks.current[q] = el)} className="race-marker" data-testid="race-marker" data-run={q + 2}>
              <path d={runSymbolPath(q + 1, px)} fill={style.colour} />
              <title>{racerName(r, q + 2)}</title>
            </g>
          </g>
        );
      })}
    </g>
  );
}
