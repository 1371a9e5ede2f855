/** The challenge slice's action: set or drop a link's challenge (its rules are in ../challenge.ts). */
import type { StateCreator } from 'zustand';
import { decideStep, isGoal, isWithin, newChallenge } from '../challenge';
import { finishesAt } from '../race';
import type { Actions, AppState, ChallengeSlice } from '../types';

export const createChallengeSlice: StateCreator<AppState, [], [], Actions<ChallengeSlice>> = (set, get) => ({
  setChallenge(goal, within = null) {
    if (goal === null) {
      const { runner, racers } = get();
      if (get().challenge !== null) set({ challenge: null, finishedAt: finishesAt([runner, ...racers.map((r) => r.runner)], null) });
      return true;
    }
    if (!isGoal(goal) || (within !== null && !isWithin(within))) return false;
    // A run already under way is judged where it stands (a host page's `set` mid-run).
    const { runner, racers } = get();
    // A race's finish is now the goal: each run is judged where it stands.
    set({ challenge: decideStep(newChallenge(goal, within), runner.step, runner.E), finishedAt: finishesAt([runner, ...racers.map((r) => r.runner)], goal) });
    return true;
  },
});
