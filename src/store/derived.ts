/** Values derived from the store that more than one component shows. */
import { useMemo } from 'react';
import { largestStableEta } from '../engine';
import { useAppState } from './context';
import type { AppState } from './types';
import { STAGES, type StageName } from '../notation';

/** True while the run moves on its own: playing, or taking a link's steps in slices (panels that typeset or sum hold their numbers then). */
export function runMoving(s: AppState): boolean {
  return s.playing || s.loading !== null;
}

/** The largest stable η (2/λ_max) for a linear unit; null for other activations or when unbounded. */
export function useEtaMax(): number | null {
  const problem = useAppState((s) => s.problem);
  const activation = useAppState((s) => s.activation);
  const loss = useAppState((s) => s.loss);
  return useMemo(() => {
    // Only a linear unit has a fixed quadratic bowl, and so one largest stable η.
    const v = activation === 'linear' ? largestStableEta(problem, loss) : Infinity;
    return Number.isFinite(v) ? v : null;
  }, [activation, problem, loss]);
}

/** The part of the update shown in step-through mode, or null when the mode is off. */
export function useStage(): StageName | null {
  return useAppState((s) => (s.stepThrough ? STAGES[s.stage] : null));
}
