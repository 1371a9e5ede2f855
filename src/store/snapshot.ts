/**
 * An immutable copy of what a run shows — the weights, E, status and the
 * pending step — made once per frame for React to render, so components never
 * read the engine's mutable buffers mid-step.
 */
import type { OptimizerName, Runner, Status } from '../engine';

/** Above this many records per-record values are not copied (nor shown). */
export const PER_RECORD_LIMIT = 20;

/** Per-record values, N × k record-major, as in the engine's workspace. */
export interface RecordValues {
  h: number[];
  yHat: number[];
  err: number[];
  fp: number[];
  delta: number[];
}

/** The state of a run at one moment: current weights and the pending step. */
export interface RunSnapshot {
  step: number;
  epoch: number;
  E: number;
  status: Status;
  /** Why the run diverged ('' otherwise). */
  reason: string;
  /** Converged only because f′(h) ≈ 0 everywhere (a plateau, not the bottom). */
  stalled: boolean;
  /** Current weights, unit-major. */
  w: number[];
  /** ∂E/∂w of the pending step. */
  grad: number[];
  /** Δw = −η ∂E/∂w of the pending step. */
  dw: number[];
  /** Records (0-based) that the pending step uses; empty when N and the step are both over the limit. */
  batch: number[];
  /** How many records the pending step uses (N in batch mode). */
  batchLength: number;
  /** Per-record values at the current weights; null when N > {@link PER_RECORD_LIMIT}. */
  records: RecordValues | null;
  /** The optimizer's state per weight after the steps taken (readouts v.i, s.i, m.i); null for plain gradient descent. */
  opt: OptimizerValues | null;
}

/** An optimizer's state per weight: v (momentum, Nesterov, Adam's second moment), s (AdaGrad, RMSProp), m (Adam's first moment). */
export interface OptimizerValues {
  v: number[] | null;
  s: number[] | null;
  m: number[] | null;
  /** Adam's step count t. */
  t: number;
}

/** Which state arrays each optimizer keeps. */
const USES: Record<OptimizerName, { v: boolean; s: boolean; m: boolean }> = {
  gd: { v: false, s: false, m: false },
  momentum: { v: true, s: false, m: false },
  nesterov: { v: true, s: false, m: false },
  adagrad: { v: false, s: true, m: false },
  rmsprop: { v: false, s: true, m: false },
  adam: { v: true, s: false, m: true },
};

function optimizerValues(r: Runner): OptimizerValues | null {
  const o = r.opt;
  if (o.name === 'gd') return null;
  const uses = USES[o.name];
  return { v: uses.v ? Array.from(o.v) : null, s: uses.s ? Array.from(o.s) : null, m: uses.m ? Array.from(o.m) : null, t: o.t };
}

/** Copies what the UI shows out of a runner. */
export function takeSnapshot(r: Runner): RunSnapshot {
  const { ws, problem } = r;
  const batch: number[] = [];
  if (problem.N <= PER_RECORD_LIMIT || r.len <= PER_RECORD_LIMIT) {
    for (let b = r.pos; b < r.pos + r.len; b++) batch.push(r.order[b]);
  }
  return {
    step: r.step,
    epoch: r.epoch,
    E: r.E,
    status: r.status,
    reason: r.reason,
    stalled: r.stalled,
    w: Array.from(r.w),
    grad: Array.from(ws.grad),
    dw: Array.from(ws.dw),
    batch,
    batchLength: r.len,
    records:
      problem.N <= PER_RECORD_LIMIT
        ? {
            h: Array.from(ws.h),
            yHat: Array.from(ws.yHat),
            err: Array.from(ws.err),
            fp: Array.from(ws.fp),
            delta: Array.from(ws.delta),
          }
        : null,
    opt: optimizerValues(r),
  };
}
