/**
 * A copy of everything a run carries from step to step — weights, the optimizer's
 * state, the epoch's order, position and random state, the counters and the status —
 * so that a runner restored from it continues bit for bit as the original did.
 * The pending step (the workspace) is not copied: it is recomputed from the weights.
 */
import { copyOptimizerState, createOptimizerState, type OptimizerState } from './optimizers/index';
import { refreshPending, type Runner, type Status } from './run';

/** A run's state after step `step`, independent of the runner it was taken from. */
export interface RunnerCheckpoint {
  readonly step: number;
  readonly w: Float64Array;
  readonly opt: OptimizerState;
  readonly order: Uint32Array;
  readonly randomState: number;
  readonly pos: number;
  readonly epoch: number;
  readonly startE: number;
  readonly status: Status;
  readonly reason: string;
  readonly stalled: boolean;
  readonly epochMaxDw: number;
  readonly epochStartE: number;
}

/** Copies the state of `r` (allocates: call it every so many steps, not every step). */
export function checkpointRunner(r: Runner): RunnerCheckpoint {
  const opt = createOptimizerState(r.opt.name, r.w.length, r.opt.params);
  copyOptimizerState(opt, r.opt);
  return {
    step: r.step,
    w: Float64Array.from(r.w),
    opt,
    order: Uint32Array.from(r.order),
    randomState: r.random.state,
    pos: r.pos,
    epoch: r.epoch,
    startE: r.startE,
    status: r.status,
    reason: r.reason,
    stalled: r.stalled,
    epochMaxDw: r.epochMaxDw,
    epochStartE: r.epochStartE,
  };
}

/**
 * Puts checkpoint `c` into runner `r`, which must be a run of the same problem and
 * options (made by createRunner), and recomputes the pending step. Throws a RangeError
 * when the sizes or the optimizer do not match.
 */
export function restoreRunner(r: Runner, c: RunnerCheckpoint): void {
  if (c.w.length !== r.w.length || c.order.length !== r.order.length || c.opt.name !== r.opt.name) {
    throw new RangeError('the checkpoint is of another run');
  }
  r.w.set(c.w);
  copyOptimizerState(r.opt, c.opt);
  r.order.set(c.order);
  r.random.state = c.randomState;
  r.pos = c.pos;
  r.step = c.step;
  r.epoch = c.epoch;
  r.startE = c.startE;
  r.status = c.status;
  r.reason = c.reason;
  r.stalled = c.stalled;
  r.epochMaxDw = c.epochMaxDw;
  r.epochStartE = c.epochStartE;
  refreshPending(r);
}
