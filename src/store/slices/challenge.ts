/** The challenge slice's action: set or drop a link's challenge (its rules are in ../challenge.ts). */
import type { StateCreator } from 'zustand';
import { decideStep, isGoal, isWithin, newChallenge } from '../challenge';
import type { Actions, AppState, ChallengeSlice } from '../types';

export const createChallengeSlice: StateCreator<AppState, [], [], Actions<ChallengeSlice>> = (set, get) => ({
  setChallenge(goal, within = null) {
    if (goal === null) {
      if (get().challenge !== null) set({ challenge: null });
      return true;
    }
    if (!isGoal(goal) || (within !== null && !isWithin(within))) return false;
    // A run already under way is judged where it stands (a host page's `set` mid-run).
    const { runner } = get();
    set({ challenge: decideStep(newChallenge(goal, within), runner.step, runner.E) });
    return true;
  },
});
