/**
 * What both 2-D views share: the two weights on the axes, their labels, the
 * run's path over them, where it started, and a key that changes exactly when
 * the surface E(wᵢ, wⱼ) does (problem, activation, loss, axes, the held weights).
 */
import { useMemo } from 'react';
import { computeSurface, forEachHistoryPoint } from '../../engine';
import { useAppState } from '../../store';
import { argMin } from './domain';
import { labelOfWeight } from '../../notation';

const ids = new WeakMap<object, number>();
let nextId = 1;
/** A number that names an object for as long as it lives (for cache keys). */
export function objectId(o: object): number {
  let id = ids.get(o);
  if (id === undefined) {
    id = nextId++;
    ids.set(o, id);
  }
  return id;
}

/** Half-width of the search for the bowl's bottom around the start. */
const HOME_SPAN = 6;
/** The search is skipped when it would cost more than this many operations. */
const HOME_COST = 4e6;

/** The run's points over the two axes, oldest first, in typed arrays (no object per point per frame). */
export interface SlicePath {
  length: number;
  wi: Float64Array;
  wj: Float64Array;
}

/** Points kept in view besides the current one and its step: the latest steps, the start and the bowl's bottom. */
const FIT_RECENT = 64;

/** The slice through the current weights over axes (i, j), and the run drawn on it. */
export function useSlice() {
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  const i = useAppState((s) => s.axis);
  const j = useAppState((s) => s.axisJ);
  const snap = useAppState((s) => s.snapshot);
  const runner = useAppState((s) => s.runner);
  const history = useAppState((s) => s.history);
  const racers = useAppState((s) => s.racers);

  // The path: thinned history plus the exact recent steps, zipped over the two axes.
  const path = useMemo((): SlicePath => {
    const size = history.count + history.recentCount;
    const out = { length: 0, wi: new Float64Array(size), wj: new Float64Array(size) };
    forEachHistoryPoint(history, (_step, _E, w, at) => {
      const a = w[at + i];
      const b = w[at + j];
      if (!Number.isFinite(a) || !Number.isFinite(b)) return;
      out.wi[out.length] = a;
      out.wj[out.length] = b;
      out.length++;
    });
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- history is mutated in place; snap marks each change
  }, [history, i, j, snap]);

  // Where the bowl's bottom is near the start, from a coarse scan (once per run).
  const home = useMemo(() => {
    const w0 = history.count > 0 ? history.w.slice(0, history.dims) : Float64Array.from(snap.w);
    const G = 25;
    const spec = { problem, w: w0, i, j, activation, loss, x0: w0[i] - HOME_SPAN, x1: w0[i] + HOME_SPAN, y0: w0[j] - HOME_SPAN, y1: w0[j] + HOME_SPAN, G };
    if (G * G * problem.N > HOME_COST) return null;
    const best = argMin(computeSurface(spec));
    if (best < 0) return null;
    return { wi: spec.x0 + ((best % G) * (spec.x1 - spec.x0)) / (G - 1), wj: spec.y0 + (Math.floor(best / G) * (spec.y1 - spec.y0)) / (G - 1) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per run
  }, [runner, i, j, activation, loss]);

  // What the window should hold: the point, its step, the latest steps, the start, the bottom.
  const fitXs = [snap.w[i], snap.w[i] + snap.dw[i]];
  const fitYs = [snap.w[j], snap.w[j] + snap.dw[j]];
  for (let n = Math.max(0, path.length - FIT_RECENT); n < path.length; n++) {
    fitXs.push(path.wi[n]);
    fitYs.push(path.wj[n]);
  }
  if (path.length > 0) {
    fitXs.push(path.wi[0]);
    fitYs.push(path.wj[0]);
  }
  if (home) {
    fitXs.push(home.wi);
    fitYs.push(home.wj);
  }
  // A race: every run's point stays in view too.
  for (const r of racers) {
    fitXs.push(r.runner.w[i]);
    fitYs.push(r.runner.w[j]);
  }

  const others = snap.w.filter((_, q) => q !== i && q !== j).join(',');
  // The family: what makes a surface wrong when it changes; the key adds the held weights.
  const family = `${objectId(problem)}|${activation}|${loss}|${i}|${j}`;
  const key = `${family}|${others}`;
  return { problem, activation, loss, i, j, snap, runner, path, home, fitXs, fitYs, family, key, labelI: labelOfWeight(problem, i), labelJ: labelOfWeight(problem, j) };
}
