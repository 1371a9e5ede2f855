/**
 * What both 2-D views share: the two weights on the axes, their labels, the
 * run's path over them, where it started, and a key that changes exactly when
 * the surface E(wᵢ, wⱼ) does (problem, activation, loss, axes, the held weights).
 */
import { useMemo } from 'react';
import { computeSurface, historySeries } from '../engine';
import { labelOfWeight, useAppState } from '../store';
import { argMin } from './domain';

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

  // The path: thinned history plus the exact recent steps, zipped over the two axes.
  const path = useMemo(() => {
    const a = historySeries(history, i);
    const b = historySeries(history, j);
    return a.map((p, n) => ({ step: p.step, wi: p.w, wj: b[n]?.w ?? NaN })).filter((p) => Number.isFinite(p.wi) && Number.isFinite(p.wj));
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

  const others = snap.w.filter((_, q) => q !== i && q !== j).join(',');
  const key = `${objectId(problem)}|${activation}|${loss}|${i}|${j}|${others}`;
  return { problem, activation, loss, i, j, snap, runner, path, home, key, labelI: labelOfWeight(problem, i), labelJ: labelOfWeight(problem, j) };
}
