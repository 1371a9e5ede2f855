/** The run slice: stepping, playing, η, speed, mode and the weights. */
import type { StateCreator } from 'zustand';
import { recordHistory, setRunnerEta, takeStep } from '../../engine';
import { ETA_MAX, ETA_MIN, SPEED_MAX, SPEED_MIN } from '../limits';
import { decideStep } from '../challenge';
import { takeSnapshot } from '../snapshot';
import { STAGES } from '../../notation';
import type { Actions, AppState, RunSlice } from '../types';
import { restart } from './restart';
import { rewindRun } from './rewind';
import { createCheckpointLog, noteCheckpoint } from '../checkpoints';
import { atFinish, racing, stepRacers } from '../race';
import type { Runner } from '../../engine';

/** Work of one step (records × weights) above which the time budget is checked after every step. */
const CLOCK_EVERY_STEP_WORK = 2_000;

/** While playing, React's snapshot changes at most this often (the channel carries every frame). */
export const COMMIT_INTERVAL_MS = 500;

export const createRunSlice: StateCreator<AppState, [], [], Actions<RunSlice>> = (set, get) => {
  /** When React's snapshot last changed during play. */
  let lastCommit = -Infinity;
  return {
    step(n = 1, budgetMs = Infinity) {
      const { runner, history, checkpoints, racers } = get();
      let taken = 0;
      const t0 = budgetMs < Infinity ? performance.now() : 0;
      // Many steps stop where the run converges (steps=100000 should not run on past it);
      // steps asked for after convergence are taken, one by one, as the user wishes.
      const stopAtConvergence = runner.status === 'running';
      // One history point per step; the engine itself allocates nothing.
      // The clock is read every 8 steps of a small problem, every step of a large one (a step there
      // costs far more than reading the clock, and 8 of them could overrun the budget).
      const work = runner.problem.N * runner.w.length * (1 + racers.length);
      const checkEvery = work >= CLOCK_EVERY_STEP_WORK ? 0 : 7;
      // A challenge still open is decided on every step (challenge.ts); deciding it stops a playing run there.
      const before = get().challenge;
      let challenge = before;
      const playing = get().playing;
      // A race (race.ts): every run takes its step together; the store's own stops where it would alone,
      // the racers at convergence or divergence, and the race goes on while any run moves.
      const race = racers.length > 0;
      const target = before?.goal ?? null;
      let finishedAt = get().finishedAt;
      const finish = (run: number, r: Runner) => {
        if (finishedAt[run] === null && atFinish(r, target)) finishedAt = finishedAt.map((f, n) => (n === run ? r.step : f));
      };
      let mainMoves = !race || runner.status === 'running' || !racers.some(racing);
      while (taken < n) {
        const moved = mainMoves && takeStep(runner);
        const others = race && stepRacers(racers);
        if (!moved && !others) break;
        taken++;
        if (race) racers.forEach((r, q) => finish(q + 1, r.runner));
        if (moved) {
          recordHistory(history, runner.step, runner.E, runner.w);
          noteCheckpoint(checkpoints, runner);
          if (race) finish(0, runner);
          if (challenge !== null && challenge === before) {
            challenge = decideStep(challenge, runner.step, runner.E);
            if (challenge !== before && playing) break;
          }
          if (stopAtConvergence && runner.status === 'converged') {
            if (!race) break;
            mainMoves = false;
          }
        } else mainMoves = false;
        if ((taken & checkEvery) === 0 && budgetMs < Infinity && performance.now() - t0 > budgetMs) break;
      }
      // A run that converges before meeting the challenge has missed it, for good (steps after it do not count).
      if (challenge !== null && challenge === before && runner.status === 'converged' && challenge.metAt === null && challenge.endE === null) {
        challenge = { ...challenge, endE: runner.E };
      }
      const decided = challenge !== before;
      const stop = (runner.status !== 'running' && !racers.some(racing)) || (decided && playing);
      const snapshot = takeSnapshot(runner);
      // React commits in frames whose texts change too (frames.ts), so few frames carry the heavier work.
      // (The clock is read first: the texts' interval, timed from a later reading, then never ends short of the commits'.)
      const now = performance.now();
      const textDue = get().frames.textDue(snapshot);
      // Every step reaches the per-frame channel; React sees it at once when paused, and a few
      // times a second while playing (DESIGN §2: the moving marks follow the channel).
      get().frames.publish(snapshot);
      // Steps taken in slices for a link (loading) are throttled the same way.
      const throttled = get().playing || get().loading !== null;
      // The step that decides a challenge is committed with it, so the sentence and the step agree.
      // A run reaching the race's finish is committed at once too (the legend names it).
      if (!throttled || stop || decided || finishedAt !== get().finishedAt || (textDue && now - lastCommit >= COMMIT_INTERVAL_MS)) {
        lastCommit = now;
        // A step taken (or tried) starts the next update's parts from the first.
        set({ snapshot, stage: 0, stepsTaken: Math.max(get().stepsTaken, runner.step), ...(decided ? { challenge } : {}), ...(stop ? { playing: false } : {}), ...(finishedAt !== get().finishedAt ? { finishedAt } : {}) });
      }
      return taken;
    },
    setStepThrough(stepThrough) {
      set({ stepThrough, stage: 0, ...(stepThrough ? { playing: false } : {}) });
    },
    next() {
      const s = get();
      if (s.stepThrough && s.stage < STAGES.length - 1 && s.runner.status !== 'diverged') set({ stage: s.stage + 1, playing: false });
      else s.step(1);
    },
    previous() {
      const s = get();
      if (s.stepThrough && s.stage > 0) set({ stage: s.stage - 1 });
    },
    play() {
      if (get().runner.status === 'diverged' && !get().racers.some(racing)) return;
      set({ playing: true });
    },
    pause() {
      if (!get().playing) return;
      // The last frames' steps may not have reached React yet.
      set({ playing: false, snapshot: get().frames.current, stage: 0, stepsTaken: Math.max(get().stepsTaken, get().runner.step) });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    rewindTo(k) {
      return rewindRun(get, set, k);
    },
    reset() {
      restart(get, set, { playing: false }, get().w0, 'Reset');
    },
    setEta(eta) {
      if (!Number.isFinite(eta) || eta < ETA_MIN || eta > ETA_MAX) {
        get().notify(`η must be a number from ${ETA_MIN} to ${ETA_MAX}; kept η = ${get().eta}.`, 'warning');
        return false;
      }
      const { runner } = get();
      if (runner.status === 'diverged') {
        // A new η after a blow-up is a new attempt: start again from the starting weights.
        return restart(get, set, { eta, playing: false }, get().w0, `η = ${eta}`);
      }
      setRunnerEta(runner, eta);
      // At step 0 (also after a rewind there) the run starts afresh with this η: what it recorded of later steps is void.
      const fresh = { checkpoints: createCheckpointLog(runner.problem.N, runner.w.length), stepsTaken: 0 };
      set({ eta, snapshot: takeSnapshot(runner), ...(runner.step > 0 ? { replayable: false } : fresh) });
      return true;
    },
    setWeights(w) {
      const s = get();
      if (w.length !== s.runner.w.length || !w.every(Number.isFinite)) {
        s.notify('Weights must be finite numbers; kept the previous weights.', 'warning');
        return false;
      }
      return restart(get, set, { w0: [...w] }, w, 'The new weights');
    },
    setWeight(index, value) {
      const w = Array.from(get().runner.w);
      if (index < 0 || index >= w.length) return false;
      if (!Number.isFinite(value)) {
        get().notify('A weight must be a finite number; kept the previous value.', 'warning');
        return false;
      }
      w[index] = value;
      return get().setWeights(w);
    },
    setMode(mode) {
      restart(get, set, { mode }, Array.from(get().runner.w), `Mode ${mode}`);
    },
    setOptimizer(optimizer, optimizerParams = {}) {
      restart(get, set, { optimizer, optimizerParams }, Array.from(get().runner.w), `Optimizer ${optimizer}`);
    },
    setBatchSize(b) {
      const s = get();
      if (!Number.isInteger(b) || b < 1) {
        s.notify('The mini-batch size must be a whole number of at least 1; kept the previous size.', 'warning');
        return false;
      }
      const batchSize = Math.min(b, s.problem.N);
      return restart(get, set, { batchSize }, Array.from(s.runner.w), `Batch size ${batchSize}`);
    },
    setSpeed(speed) {
      if (!Number.isFinite(speed) || speed < SPEED_MIN || speed > SPEED_MAX) {
        get().notify(`Speed must be from ${SPEED_MIN} to ${SPEED_MAX} steps per second; kept the previous speed.`, 'warning');
        return false;
      }
      set({ speed });
      return true;
    },
  };
};
