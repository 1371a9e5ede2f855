/**
 * The optimizers' rules (optimizers/rules.ts) and their names, defaults and state:
 * three steps of each on E = w² against values worked out by hand, Adam's first step,
 * and preview/commit against the plain reference in optimizerReference.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  createOptimizerState,
  createRandom,
  createRunner,
  isOptimizerName,
  MODE_NAMES,
  OPTIMIZER_DEFAULTS,
  OPTIMIZER_NAMES,
  OPTIMIZER_RULES,
  optimizerParams,
  resetOptimizerState,
  takeStep,
  type OptimizerName,
} from '../../src/engine';
import { expectRel, options, problemOf } from './helpers';
import { refState, refStep } from './optimizerReference';

/** E = w²: one record x = √2, y = 0, a linear unit, SSE, so E = ½(0 − √2 w)² = w² and g = 2w. */
const SQUARE = problemOf([[Math.SQRT2]], [[0]], false);

/**
 * w after each of three steps from w = 1 with η = 0.1, by hand. RMSProp: s = 0.01·4, so
 * w₁ = 1 − 0.2/(0.2 + 1e-8) = 5e-8/(1 + 5e-8); the rest follow the same way.
 */
const HAND: Record<OptimizerName, [number, number, number]> = {
  gd: [0.8, 0.64, 0.512],
  momentum: [0.8, 0.46, 0.062],
  nesterov: [0.62, 0.2224, -0.108352],
  adagrad: [0.9, 0.8331035, 0.7804562],
  rmsprop: [4.99999974757e-8, -2.51888224991e-10, 2.54431265483e-12],
  adam: [0.9000000005, 0.8004122, 0.7015863],
};

describe('optimizers on E = w² through the runner', () => {
  for (const name of OPTIMIZER_NAMES) {
    for (const mode of MODE_NAMES) {
      it(`${name} (${mode}) takes w = 1 to ${HAND[name].join(', ')} with η = 0.1`, () => {
        const r = createRunner(SQUARE, [1], options({ activation: 'linear', mode, eta: 0.1, optimizer: name }));
        for (let step = 0; step < 3; step++) {
          expect(takeStep(r)).toBe(true);
          // RMSProp's weights pass near 0: compare them absolutely, to 13 digits.
          expect(r.w[0]).toBeCloseTo(HAND[name][step], name === 'rmsprop' ? 13 : 7);
        }
        expect(r.opt.t).toBe(3);
      });
    }
  }

  it("adam's first step is 0.9000000005 to 10 digits", () => {
    const r = createRunner(SQUARE, [1], options({ activation: 'linear', eta: 0.1, optimizer: 'adam' }));
    takeStep(r);
    expect(r.w[0]).toBeCloseTo(0.9000000005, 10);
  });

  it("adam's first step is −η·sign(g)·|g|/(|g| + ε) ≈ −η·sign(g) for g from −1e6 to 1e6", () => {
    const random = createRandom(3);
    const eta = 0.05;
    for (let trial = 0; trial < 40; trial++) {
      // One record x, target y, linear unit: g = −(y − x w) x at w = 1.
      const x = (random() < 0.5 ? -1 : 1) * 10 ** (3 * random() - 1.5);
      const y = 10 ** (6 * random() - 2) * (random() < 0.5 ? -1 : 1);
      const r = createRunner(problemOf([[x]], [[y]], false), [1], options({ activation: 'linear', eta, optimizer: 'adam' }));
      const g = r.ws.grad[0];
      const expected = (-eta * Math.sign(g) * Math.abs(g)) / (Math.abs(g) + 1e-8);
      const dw = r.ws.dw[0];
      expectRel(dw, expected, 1e-14, 0, `g = ${g}`);
      if (Math.abs(g) >= 1e-2) expectRel(dw, -eta * Math.sign(g), 1e-6, 0, `g = ${g}`);
      takeStep(r);
      expect(r.w[0]).toBe(1 + dw);
    }
  });
});

describe('optimizer rules against the reference', () => {
  it('preview(state, g, η, out) leaves the state alone and commit(state, g) moves it to the reference, for every rule', () => {
    const random = createRandom(17);
    const n = 6;
    for (const name of OPTIMIZER_NAMES) {
      const state = createOptimizerState(name, n, { mu: 0.8, alpha: 0.9, beta1: 0.85, beta2: 0.99 });
      const ref = refState(n);
      const out = new Float64Array(n);
      for (let step = 0; step < 25; step++) {
        const g = Float64Array.from({ length: n }, () => (random() - 0.5) * 10 ** (4 * random() - 2));
        const eta = 10 ** (2 * random() - 2);
        const before = [Array.from(state.v), Array.from(state.s), Array.from(state.m), state.t];
        OPTIMIZER_RULES[name].preview(state, g, eta, out);
        expect([Array.from(state.v), Array.from(state.s), Array.from(state.m), state.t]).toEqual(before);
        const expected = refStep(name, state.params, ref, Array.from(g), eta);
        OPTIMIZER_RULES[name].commit(state, g);
        for (let q = 0; q < n; q++) {
          expectRel(out[q], expected[q], 1e-12, 0, `${name} step ${step} Δw[${q}]`);
          expectRel(state.v[q], ref.v[q], 1e-13, 0, `${name} v[${q}]`);
          expectRel(state.s[q], ref.s[q], 1e-13, 0, `${name} s[${q}]`);
          expectRel(state.m[q], ref.m[q], 1e-13, 0, `${name} m[${q}]`);
        }
        expect(state.t).toBe(ref.t);
      }
    }
  });

  it('gd.preview writes exactly −η·g', () => {
    const g = Float64Array.from([0.1, -3, 7e-9, 2.5e5]);
    const out = new Float64Array(4);
    OPTIMIZER_RULES.gd.preview(createOptimizerState('gd', 4), g, 0.3, out);
    g.forEach((gq, q) => expect(out[q]).toBe(-0.3 * gq));
  });
});

describe('optimizer names, defaults and state', () => {
  it('OPTIMIZER_NAMES lists the six, gd first; isOptimizerName accepts exactly those', () => {
    expect(OPTIMIZER_NAMES).toEqual(['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']);
    for (const name of OPTIMIZER_NAMES) expect(isOptimizerName(name)).toBe(true);
    for (const name of ['', 'sgd', 'Adam', 'adamw', 'toString']) expect(isOptimizerName(name)).toBe(false);
  });

  it("OPTIMIZER_DEFAULTS are PyTorch's (μ 0.9; AdaGrad ε 1e-10; RMSProp α 0.99, ε 1e-8; Adam β 0.9, 0.999, ε 1e-8)", () => {
    for (const name of OPTIMIZER_NAMES) {
      expect(Object.keys(OPTIMIZER_DEFAULTS[name]).sort()).toEqual(['alpha', 'beta1', 'beta2', 'eps', 'mu']);
    }
    expect(OPTIMIZER_DEFAULTS.momentum.mu).toBe(0.9);
    expect(OPTIMIZER_DEFAULTS.nesterov.mu).toBe(0.9);
    expect(OPTIMIZER_DEFAULTS.adagrad.eps).toBe(1e-10);
    expect(OPTIMIZER_DEFAULTS.rmsprop).toMatchObject({ alpha: 0.99, eps: 1e-8 });
    expect(OPTIMIZER_DEFAULTS.adam).toMatchObject({ beta1: 0.9, beta2: 0.999, eps: 1e-8 });
  });

  it('optimizerParams merges the given fields over the defaults, skips undefined ones, refuses bad values', () => {
    expect(optimizerParams('adagrad')).toEqual(OPTIMIZER_DEFAULTS.adagrad);
    expect(optimizerParams('adam', { beta2: 0.99, eps: undefined })).toEqual({ ...OPTIMIZER_DEFAULTS.adam, beta2: 0.99 });
    expect(optimizerParams('adam')).not.toBe(OPTIMIZER_DEFAULTS.adam);
    expect(() => optimizerParams('momentum', { mu: -0.1 })).toThrow(RangeError);
    expect(() => optimizerParams('adam', { beta1: 1 })).toThrow(RangeError);
    expect(() => optimizerParams('rmsprop', { eps: 0 })).toThrow(RangeError);
    expect(() => optimizerParams('rmsprop', { alpha: Number.NaN })).toThrow(RangeError);
    expect(() => createRunner(SQUARE, [1], options({ optimizer: 'adam', optimizerParams: { beta2: 2 } }))).toThrow(RangeError);
  });

  it('createOptimizerState allocates v, s, m of length n at 0; resetOptimizerState zeroes them and t', () => {
    const state = createOptimizerState('adam', 5, { eps: 1e-6 });
    expect(state.params.eps).toBe(1e-6);
    for (const a of [state.v, state.s, state.m]) expect(Array.from(a)).toEqual([0, 0, 0, 0, 0]);
    const v = state.v;
    OPTIMIZER_RULES.adam.commit(state, Float64Array.from([1, 2, 3, 4, 5]));
    expect(state.t).toBe(1);
    resetOptimizerState(state);
    expect(state.v).toBe(v);
    expect([...state.v, ...state.s, ...state.m, state.t].every((x) => x === 0)).toBe(true);
  });

  it('a runner without an optimizer option uses gd with its defaults', () => {
    const r = createRunner(SQUARE, [1], options());
    expect(r.opt.name).toBe('gd');
    expect(r.opt.params).toEqual(OPTIMIZER_DEFAULTS.gd);
  });
});
