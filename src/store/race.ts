/**
 * A race: up to MAX_RUNS runs on one problem from the same start, each with its
 * own optimizer and η, stepping the same number of steps each frame. The first
 * run is the store's own (its runner, history, step-through, rewind); the others
 * are racers, kept here in plain mutable objects as the engine keeps a run.
 * Every racer is a run the store could have made itself: same problem,
 * activation, error, mode, batch size, optimizer parameters and shuffle seed.
 */
import { clearHistory, createHistory, createRunner, cutHistory, isOptimizerName, recordHistory, restoreRunner, takeStep, takeSteps } from '../engine';
import type { ActivationName, History, LossName, ModeName, OptimizerName, OptimizerParams, Problem, Runner } from '../engine';
import { checkpointBefore, createCheckpointLog, noteCheckpoint, type CheckpointLog } from './checkpoints';
import { ETA_MAX, ETA_MIN } from './limits';

/** Most runs in a race, the store's own included. */
export const MAX_RUNS = 6;

/** What makes one run of a race differ from the others. */
export interface RaceRun {
  readonly optimizer: OptimizerName;
  readonly eta: number;
}

/** A run racing the store's own: its settings and its state (mutated in place by each step). */
export interface Racer extends RaceRun {
  runner: Runner;
  readonly history: History;
  readonly checkpoints: CheckpointLog;
}

/** Why `runs` cannot race, or null when they can (1 to MAX_RUNS runs, known optimizers, η in range). */
export function raceProblem(runs: readonly RaceRun[]): string | null {
  if (runs.length === 0) return 'a race needs at least one run';
  if (runs.length > MAX_RUNS) return `a race has at most ${MAX_RUNS} runs (${runs.length} were given)`;
  for (const [n, r] of runs.entries()) {
    if (typeof r.optimizer !== 'string' || !isOptimizerName(r.optimizer)) return `run ${n + 1} names no optimizer (gd, momentum, nesterov, adagrad, rmsprop or adam)`;
    if (typeof r.eta !== 'number' || !(r.eta >= ETA_MIN && r.eta <= ETA_MAX)) return `run ${n + 1}'s η must be a number from ${ETA_MIN} to ${ETA_MAX}`;
  }
  return null;
}

/** The settings every run of a race shares with the store's own (the store's fields of these names). */
export interface RaceSettings {
  problem: Problem;
  activation: ActivationName;
  loss: LossName;
  mode: ModeName;
  batchSize: number;
  optimizerParams: Partial<OptimizerParams>;
}

/** A run of `s` with `run`'s optimizer and η from weights `w` (the store's shuffle seed `seed`). */
function racerRunner(s: RaceSettings, run: RaceRun, w: ArrayLike<number>, seed: number): Runner {
  return createRunner(s.problem, w, {
    activation: s.activation,
    loss: s.loss,
    mode: s.mode,
    batchSize: s.batchSize,
    eta: run.eta,
    optimizer: run.optimizer,
    optimizerParams: s.optimizerParams,
    shuffle: true,
    seed,
  });
}

/** Racers for `runs` from weights `w`, reusing `old` histories where they fit (cleared). */
export function startRacers(s: RaceSettings, runs: readonly RaceRun[], w: ArrayLike<number>, seed: number, old: readonly Racer[] = []): Racer[] {
  const dims = s.problem.k * s.problem.d;
  return runs.map((run, n) => {
    const runner = racerRunner(s, run, w, seed);
    const prev = old[n]?.history;
    const history = prev && prev.dims === dims ? prev : createHistory(dims);
    clearHistory(history);
    recordHistory(history, 0, runner.E, runner.w);
    return { optimizer: run.optimizer, eta: run.eta, runner, history, checkpoints: createCheckpointLog(s.problem.N, dims) };
  });
}

/** Whether a racer still moves on its own: neither converged nor diverged. */
export function racing(r: Racer): boolean {
  return r.runner.status === 'running';
}

/** One step of every racer still racing; true when any moved. */
export function stepRacers(racers: readonly Racer[]): boolean {
  let moved = false;
  for (const r of racers) {
    if (!racing(r) || !takeStep(r.runner)) continue;
    moved = true;
    recordHistory(r.history, r.runner.step, r.runner.E, r.runner.w);
    noteCheckpoint(r.checkpoints, r.runner);
  }
  return moved;
}

/**
 * Each racer rebuilt at step min(k, the steps it took) by replaying it from `start` (from its newest
 * checkpoint before), its history cut there. A racer that stopped before k (converged or diverged)
 * is rebuilt where it stopped, as it was at the store's step k.
 */
export function rewindRacers(racers: readonly Racer[], start: ArrayLike<number>, k: number): void {
  for (const r of racers) {
    const target = Math.min(k, r.runner.step);
    if (target === r.runner.step) continue;
    const fresh = createRunner(r.runner.problem, start, r.runner.opts);
    const c = checkpointBefore(r.checkpoints, target);
    if (c) restoreRunner(fresh, c);
    takeSteps(fresh, target - fresh.step);
    // Stopping on the way (a racer stops at convergence) is the racer's own rule: replay step by step past it.
    while (fresh.step < target && takeStep(fresh));
    r.runner = fresh;
    cutHistory(r.history, fresh.step);
  }
}

/**
 * Whether a run has reached the race's finish at its current step: E at or below `target`
 * (a challenge's goal), or without a target, convergence.
 */
export function atFinish(r: Runner, target: number | null): boolean {
  return target !== null ? r.E <= target : r.status === 'converged';
}

/** Per run, its step when it is at the finish now, else null (a race's start). */
export function finishesAt(runners: readonly Runner[], target: number | null): (number | null)[] {
  return runners.map((r) => (atFinish(r, target) ? r.step : null));
}

/** The runs (indices, the store's own being 0) that reached the finish first, and the step; null when none has. */
export function raceLeaders(finishedAt: readonly (number | null)[]): { runs: number[]; step: number } | null {
  let step = Infinity;
  for (const f of finishedAt) if (f !== null && f < step) step = f;
  if (step === Infinity) return null;
  return { runs: finishedAt.flatMap((f, n) => (f === step ? [n] : [])), step };
}
