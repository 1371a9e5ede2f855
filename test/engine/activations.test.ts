import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, ACTIVATION_NAMES, isActivationName, sigmoid, softplus } from '../../src/engine';
import { expectRel } from './helpers';

// Points away from 0 (the ReLU kink) and further than the difference step from it.
const POINTS = [-800, -30, -12.5, -5, -2.2, -1, -0.37, -1e-3, 1e-3, 0.25, 0.5, 1, 1.7, 3, 7.5, 12.5, 30, 800];
const EPS = 1e-6;

describe('activations', () => {
  it('ACTIVATION_NAMES lists every activation in the table, and isActivationName knows them', () => {
    expect([...ACTIVATION_NAMES].sort()).toEqual(Object.keys(ACTIVATIONS).sort());
    for (const name of ACTIVATION_NAMES) expect(isActivationName(name)).toBe(true);
    expect(isActivationName('swish')).toBe(false);
  });

  for (const name of ACTIVATION_NAMES) {
    it(`${name}.fPrime(h) equals a central finite difference of ${name}.f at many h`, () => {
      const { f, fPrime } = ACTIVATIONS[name];
      for (const h of POINTS) {
        const fd = (f(h + EPS) - f(h - EPS)) / (2 * EPS);
        // Relative 1e-6 for the truncation error, plus an absolute floor for the
        // cancellation of f(h ± ε) where f is flat (e.g. σ at +30).
        expectRel(fPrime(h), fd, 1e-6, 1e-8, `${name} at h=${h}`);
        expect(Number.isFinite(f(h)) && Number.isFinite(fPrime(h)), `${name} finite at ${h}`).toBe(true);
      }
    });
  }

  it('relu.fPrime(0) and leaky-relu.fPrime(0) take the right-hand value 1', () => {
    expect(ACTIVATIONS.relu.fPrime(0)).toBe(1);
    expect(ACTIVATIONS['leaky-relu'].fPrime(0)).toBe(1);
    expect(ACTIVATIONS.relu.f(0)).toBe(0);
    expect(ACTIVATIONS['leaky-relu'].f(-2)).toBeCloseTo(-0.02, 15);
  });

  it('sigmoid(h) matches 1/(1+e^−h) and is stable at h = ±800', () => {
    for (const h of [-20, -3, -0.5, 0, 0.5, 3, 20]) expectRel(sigmoid(h), 1 / (1 + Math.exp(-h)), 1e-14);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expect(ACTIVATIONS.sigmoid.fPrime(800)).toBe(0);
    expect(ACTIVATIONS.sigmoid.fPrime(-800)).toBe(0);
    // σ(−h) = 1 − σ(h); far in the left tail σ(h) ≈ e^h to full relative precision.
    expectRel(sigmoid(-2.5), 1 - sigmoid(2.5), 1e-14);
    expectRel(sigmoid(-700), Math.exp(-700), 1e-12);
  });

  it('softplus(h) matches ln(1+e^h) and is stable for large |h|', () => {
    // The naive formula is only accurate to ~1e-16 absolute (1 + e^h rounds), so compare absolutely here.
    for (const h of [-20, -3, -0.5, 0.5, 3, 20]) expectRel(softplus(h), Math.log(1 + Math.exp(h)), 1e-12, 1e-15);
    expectRel(softplus(0), Math.LN2, 1e-15);
    // The naive formula overflows (ln(1 + e^800) = ln ∞) or loses the tail; the engine must not.
    expect(softplus(800)).toBe(800);
    expect(softplus(-800)).toBe(0);
    expectRel(softplus(40), 40 + Math.exp(-40), 1e-15);
    expectRel(softplus(-40), Math.exp(-40), 1e-12);
    expect(ACTIVATIONS.softplus.fPrime(800)).toBe(1);
    expect(ACTIVATIONS.softplus.fPrime(-800)).toBe(0);
  });

  it('tanh.fPrime(h) is 1 − tanh²(h) and stays finite at h = ±800', () => {
    expectRel(ACTIVATIONS.tanh.fPrime(0.7), 1 - Math.tanh(0.7) ** 2, 1e-15);
    expect(ACTIVATIONS.tanh.fPrime(800)).toBe(0);
    expect(ACTIVATIONS.tanh.fPrime(-800)).toBe(0);
  });
});
