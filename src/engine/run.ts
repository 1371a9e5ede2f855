/**
 * A descent run: weights, the pending step, which records the next step uses,
 * and the run's status. Batch mode sums Δw over all records; stochastic takes one
 * record a step; mini-batch takes b. The order of records in an epoch is the
 * natural order, or a seeded shuffle drawn afresh each epoch. An optimizer
 * (optimizers/) turns the step's gradient into the step: plain gradient descent
 * (Δw = −η g, the default) or momentum, Nesterov, AdaGrad, RMSProp, Adam.
 */
import { ACTIVATIONS, type Activation, type ActivationName } from './activations';
import type { LossName } from './loss';
import {
  copyOptimizerState,
  createOptimizerState,
  OPTIMIZER_RULES,
  optimizerStateFinite,
  type OptimizerName,
  type OptimizerParams,
  type OptimizerState,
} from './optimizers/index';
import type { Problem } from './problem';
import { createRandom, shuffleInPlace, type Random } from './random';
import { batchGradient, createWorkspace, forwardPass, rescaleStep, type Workspace } from './workspace';

/** How many records one step uses. */
export type ModeName = 'batch' | 'stochastic' | 'minibatch';
/** All mode names, default first. */
export const MODE_NAMES: readonly ModeName[] = ['batch', 'stochastic', 'minibatch'];
/** True when `name` is a {@link ModeName}. */
export function isModeName(name: string): name is ModeName {
  return (MODE_NAMES as readonly string[]).includes(name);
}

/** running: may take steps; converged: |Δw| and ΔE under tolerance over an epoch; diverged: stopped. */
export type Status = 'running' | 'converged' | 'diverged';

/** Converged when every weight moved less than this over a whole epoch … */
export const CONVERGE_DW = 1e-6;
/** … and E changed by less than this (relative to max(1, E)) over it. */
export const CONVERGE_DE = 1e-9;
/** A converged run is said to have stalled when every |f′(h)| is below this while some error is not small. */
export const VANISH_FPRIME = 1e-4;
/** … and some |y − ŷ| is above this. */
export const STALL_ERROR = 1e-3;
/** Diverged when E exceeds this many times max(1, E at the start of the run). */
export const DIVERGE_E_FACTOR = 1e6;
/** Diverged when any weight's magnitude exceeds this. */
export const DIVERGE_W = 1e8;

/** Settings of a run. */
export interface RunOptions {
  activation: ActivationName;
  loss: LossName;
  mode: ModeName;
  /** Records per mini-batch (used in mode minibatch). */
  batchSize: number;
  /** Learning rate η > 0. */
  eta: number;
  /** Shuffle the records each epoch (stochastic and mini-batch). */
  shuffle: boolean;
  /** Seed of the shuffle. */
  seed: number;
  /** How the step's gradient becomes Δw; absent: 'gd', plain gradient descent. */
  optimizer?: OptimizerName;
  /** The optimizer's hyper-parameters; absent fields keep PyTorch's defaults (OPTIMIZER_DEFAULTS). */
  optimizerParams?: Partial<OptimizerParams>;
}

/** The state of a run. Mutated in place by {@link takeSteps}; nothing is allocated per step. */
export interface Runner {
  readonly problem: Problem;
  readonly ws: Workspace;
  readonly opts: Readonly<RunOptions>;
  readonly act: Activation;
  /** Current weights, unit-major (see workspace.ts). */
  readonly w: Float64Array;
  /** Weights before the last step, to undo a step that diverged. */
  readonly prevW: Float64Array;
  /** The optimizer and its state after the steps taken; the pending step `ws.dw` is its preview. */
  readonly opt: OptimizerState;
  /** The optimizer's state before the last step, to undo a step that diverged. */
  readonly prevOpt: OptimizerState;
  /** Order of records within the current epoch. */
  readonly order: Uint32Array;
  readonly random: Random;
  /** Start of the pending batch in `order`. */
  pos: number;
  /** Number of records in the pending batch. */
  len: number;
  /** Steps taken. */
  step: number;
  /** Completed passes over the records. */
  epoch: number;
  /** E at the current weights, over all records. */
  E: number;
  /** E when the run started. */
  startE: number;
  status: Status;
  /** Why the run diverged, for the UI. */
  reason: string;
  /**
   * True when the run converged only because the gradient vanished: f′(h) ≈ 0 for
   * every record (a saturated sigmoid, a dead ReLU) while the error is not small.
   */
  stalled: boolean;
  /** Largest |Δw| applied since the epoch began, and E when it began. */
  epochMaxDw: number;
  epochStartE: number;
}

function batchLength(r: Pick<Runner, 'opts' | 'problem' | 'pos'>): number {
  const { N } = r.problem;
  if (r.opts.mode === 'batch') return N;
  if (r.opts.mode === 'stochastic') return 1;
  const b = Number.isFinite(r.opts.batchSize) ? Math.max(1, Math.min(N, Math.floor(r.opts.batchSize))) : N;
  return Math.min(b, N - r.pos);
}

/**
 * Sets the pending step `ws.dw` to the optimizer's preview of the pending gradient
 * `ws.grad`. For gd the workspace has already written Δw = −η·grad, which is left as is.
 */
function previewPending(r: Runner): void {
  const { opt, ws } = r;
  if (opt.name !== 'gd') OPTIMIZER_RULES[opt.name].preview(opt, ws.grad, r.opts.eta, ws.dw);
}

/** Recomputes everything pending at the current weights: forward pass, E, the next batch's gradient and Δw. */
export function refreshPending(r: Runner): void {
  const whole = r.opts.mode === 'batch';
  r.E = forwardPass(r.ws, r.w, r.act, r.opts.loss, r.opts.eta, whole);
  r.len = batchLength(r);
  if (!whole) batchGradient(r.ws, r.order, r.pos, r.len, r.opts.loss, r.opts.eta);
  previewPending(r);
}

/**
 * Starts a run from weights `w0` (length k·d) with a fresh optimizer state. Throws a
 * RangeError for a wrong number of weights or a hyper-parameter out of range.
 */
export function createRunner(problem: Problem, w0: ArrayLike<number>, opts: RunOptions): Runner {
  if (w0.length !== problem.k * problem.d) {
    throw new RangeError(`expected ${problem.k * problem.d} weights, got ${w0.length}`);
  }
  const optimizer = opts.optimizer ?? 'gd';
  const opt = createOptimizerState(optimizer, w0.length, opts.optimizerParams);
  const order = new Uint32Array(problem.N);
  for (let i = 0; i < order.length; i++) order[i] = i;
  const random = createRandom(opts.seed);
  const r: Runner = {
    problem,
    ws: createWorkspace(problem),
    opts: { ...opts },
    act: ACTIVATIONS[opts.activation],
    w: Float64Array.from(w0),
    prevW: new Float64Array(w0.length),
    opt,
    prevOpt: createOptimizerState(optimizer, w0.length, opt.params),
    order,
    random,
    pos: 0,
    len: 0,
    step: 0,
    epoch: 0,
    E: 0,
    startE: 0,
    status: 'running',
    reason: '',
    stalled: false,
    epochMaxDw: 0,
    epochStartE: 0,
  };
  if (opts.shuffle && opts.mode !== 'batch') shuffleInPlace(order, random);
  refreshPending(r);
  r.startE = r.E;
  r.epochStartE = r.E;
  if (!Number.isFinite(r.E)) {
    r.status = 'diverged';
    r.reason = 'E is not finite at the starting weights';
  }
  return r;
}

/** Changes η; the pending step is recomputed at once (for gd, rescaled) from the same gradient and state. */
export function setRunnerEta(r: Runner, eta: number): void {
  (r.opts as RunOptions).eta = eta;
  if (r.opt.name === 'gd') rescaleStep(r.ws, eta);
  else previewPending(r);
}

function weightsOk(w: Float64Array): boolean {
  for (let q = 0; q < w.length; q++) {
    const v = w[q];
    if (!(Math.abs(v) <= DIVERGE_W)) return false; // false for NaN too
  }
  return true;
}

/**
 * Takes one step: w ← w + Δw, the optimizer's state advanced by the gradient that
 * step used, then the next pending gradient and step. A step that would make E, a
 * weight or the optimizer's state non-finite or past the bounds is undone (weights
 * and optimizer state) and the run is marked diverged, so the state stays finite.
 * Returns false when no step was taken.
 */
export function takeStep(r: Runner): boolean {
  if (r.status === 'diverged') return false;
  const { w, prevW, ws, opt } = r;
  prevW.set(w);
  copyOptimizerState(r.prevOpt, opt);
  let maxDw = 0;
  for (let q = 0; q < w.length; q++) {
    const s = ws.dw[q];
    w[q] += s;
    const a = Math.abs(s);
    if (a > maxDw) maxDw = a;
  }
  if (!(maxDw <= DIVERGE_W) || !weightsOk(w)) return undoDiverged(r, 'a weight would grow past ±1e8');
  // ws.grad is still the gradient this step used (the forward pass below overwrites it in batch mode).
  OPTIMIZER_RULES[opt.name].commit(opt, ws.grad);
  if (!optimizerStateFinite(opt)) return undoDiverged(r, "the optimizer's sums of g² overflowed");
  const whole = r.opts.mode === 'batch';
  r.E = forwardPass(ws, w, r.act, r.opts.loss, r.opts.eta, whole);
  const bound = DIVERGE_E_FACTOR * Math.max(1, r.startE);
  if (!(r.E <= bound)) {
    return undoDiverged(r, Number.isFinite(r.E) ? 'E grew past a million times its start' : 'E overflowed');
  }
  r.pos += r.len;
  let epochEnded = false;
  if (r.pos >= r.problem.N) {
    r.pos = 0;
    epochEnded = true;
    if (r.opts.shuffle && !whole) shuffleInPlace(r.order, r.random);
  }
  r.len = batchLength(r);
  if (!whole) batchGradient(ws, r.order, r.pos, r.len, r.opts.loss, r.opts.eta);
  previewPending(r);
  r.step++;
  if (maxDw > r.epochMaxDw) r.epochMaxDw = maxDw;
  if (epochEnded) {
    r.epoch++;
    const dE = Math.abs(r.E - r.epochStartE);
    const converged = r.epochMaxDw < CONVERGE_DW && dE <= CONVERGE_DE * Math.max(1, r.E);
    r.status = converged ? 'converged' : 'running';
    r.stalled = converged && gradientVanished(r);
    r.epochMaxDw = 0;
    r.epochStartE = r.E;
  }
  return true;
}

/** Whether every record's f′(h) is ≈ 0 while some error is not: a plateau, not a minimum. */
function gradientVanished(r: Runner): boolean {
  const { fp, err } = r.ws;
  let maxFp = 0;
  let maxErr = 0;
  for (let o = 0; o < fp.length; o++) {
    maxFp = Math.max(maxFp, Math.abs(fp[o]));
    maxErr = Math.max(maxErr, Math.abs(err[o]));
  }
  return maxFp < VANISH_FPRIME && maxErr > STALL_ERROR;
}

function undoDiverged(r: Runner, reason: string): false {
  r.w.set(r.prevW);
  copyOptimizerState(r.opt, r.prevOpt);
  // The pending batch is the same one again; recompute so every buffer is finite.
  refreshPending(r);
  r.status = 'diverged';
  r.reason = reason;
  return false;
}

/** Takes up to `count` steps, stopping early when the run diverges; returns how many were taken. */
export function takeSteps(r: Runner, count: number): number {
  let taken = 0;
  while (taken < count && takeStep(r)) taken++;
  return taken;
}
