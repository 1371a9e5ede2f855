/**
 * Checkpoints: a runner restored from a checkpoint taken at step k continues bit for
 * bit as the original run does (weights, E, the pending step, the optimizer's state,
 * the epoch's order), in every mode and with optimizers that keep state.
 */
import { describe, expect, it } from 'vitest';
import { checkpointRunner, createRandom, createRunner, restoreRunner, takeSteps, type Runner, type RunOptions } from '../../src/engine';
import { options, problemOf, randomRows } from './helpers';

const random = createRandom(77);
const X = randomRows(random, 7, 2, -1, 1);
const Y = randomRows(random, 7, 1, 0.1, 0.9);
const problem = problemOf(X, Y, true);
const W0 = [0.3, -0.2, 0.1];

/** Everything a step carries, as plain numbers (bits compared with Object.is by toEqual). */
function stateOf(r: Runner) {
  return {
    step: r.step,
    epoch: r.epoch,
    pos: r.pos,
    len: r.len,
    E: r.E,
    status: r.status,
    w: Array.from(r.w),
    grad: Array.from(r.ws.grad),
    dw: Array.from(r.ws.dw),
    order: Array.from(r.order),
    v: Array.from(r.opt.v),
    s: Array.from(r.opt.s),
    m: Array.from(r.opt.m),
    t: r.opt.t,
  };
}

const CASES: [string, Partial<RunOptions>][] = [
  ['batch, gd', { mode: 'batch' }],
  ['stochastic, shuffled, momentum', { mode: 'stochastic', shuffle: true, optimizer: 'momentum', eta: 0.1 }],
  ['mini-batch of 3, shuffled, Adam', { mode: 'minibatch', batchSize: 3, shuffle: true, optimizer: 'adam', eta: 0.05 }],
  ['mini-batch of 2, RMSProp', { mode: 'minibatch', batchSize: 2, shuffle: true, optimizer: 'rmsprop', eta: 0.01 }],
];

describe('checkpointRunner / restoreRunner', () => {
  for (const [name, over] of CASES) {
    it(`a restored runner continues like the original (${name})`, () => {
      const opts = options({ ...over, seed: 5 });
      const original = createRunner(problem, W0, opts);
      takeSteps(original, 23);
      const c = checkpointRunner(original);
      const restored = createRunner(problem, W0, opts);
      restoreRunner(restored, c);
      expect(stateOf(restored)).toEqual(stateOf(original));
      takeSteps(original, 40);
      takeSteps(restored, 40);
      expect(stateOf(restored)).toEqual(stateOf(original));
      // And the same as a run that was never checkpointed.
      const fresh = createRunner(problem, W0, opts);
      takeSteps(fresh, 63);
      expect(stateOf(restored)).toEqual(stateOf(fresh));
    });
  }

  it('a checkpoint is a copy: the original stepping on does not change it', () => {
    const opts = options({ mode: 'stochastic', shuffle: true, optimizer: 'adam' });
    const r = createRunner(problem, W0, opts);
    takeSteps(r, 5);
    const c = checkpointRunner(r);
    const w5 = Array.from(c.w);
    const m5 = Array.from(c.opt.m);
    takeSteps(r, 5);
    expect(Array.from(c.w)).toEqual(w5);
    expect(Array.from(c.opt.m)).toEqual(m5);
    expect(c.step).toBe(5);
  });

  it('refuses a checkpoint of another run', () => {
    const a = createRunner(problem, W0, options());
    const b = createRunner(problem, W0, options({ optimizer: 'adam' }));
    expect(() => restoreRunner(b, checkpointRunner(a))).toThrow(RangeError);
  });
});
