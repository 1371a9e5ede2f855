/** The race slice: several runs on one problem from the same start (the rules of a race are in ../race.ts). */
import type { StateCreator } from 'zustand';
import { raceProblem } from '../race';
import type { Actions, AppState, RaceSlice } from '../types';
import { restart } from './restart';

export const createRaceSlice: StateCreator<AppState, [], [], Actions<RaceSlice>> = (set, get) => ({
  setRace(runs) {
    const s = get();
    if (runs === null || runs.length === 0) {
      if (s.racers.length > 0) restart(get, set, { playing: false }, Array.from(s.runStart), 'Ending the race', []);
      return true;
    }
    const why = raceProblem(runs);
    if (why !== null) {
      s.notify(`The race was not started: ${why}. The runs are kept as they were.`, 'warning');
      return false;
    }
    const [own, ...others] = runs;
    // Every run starts where the store's current run started, so a race set mid-run starts over from there.
    return restart(get, set, { optimizer: own.optimizer, eta: own.eta, playing: false }, Array.from(s.runStart), 'The race', others);
  },
});
