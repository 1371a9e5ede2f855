/**
 * surfaceCost: the operation counts the app uses to choose main thread or worker.
 */
import { describe, expect, it } from 'vitest';
import { problemMoments, surfaceCost, type ActivationName, type Problem } from '../../../src/engine';
import { randomData } from './helpers';


describe('surfaceCost', () => {
  const big = randomData(61, 2000, 3, 2, true).problem;
  const cost = (activation: ActivationName, i: number, j: number, Gs = 101) => surfaceCost({ problem: big, activation, i, j, G: Gs });

  it('surfaceCost of one unit, non-linear, grows as G²·N', () => {
    expect(cost('sigmoid', 0, 1)).toBeGreaterThanOrEqual(101 * 101 * 2000);
    expect(cost('sigmoid', 0, 1, 201) / cost('sigmoid', 0, 1)).toBeCloseTo(4, 0);
  });

  it('surfaceCost(linear) counts computing the moments until they are cached, then G² + d²·k whatever N', () => {
    const small = randomData(62, 500, 3, 2, true).problem;
    const large = randomData(63, 5000, 3, 2, true).problem;
    const linear = (problem: Problem) => surfaceCost({ problem, activation: 'linear', i: 0, j: 5, G: 101 });
    expect(linear(large)).toBeGreaterThan(5000 * 4 * 4);
    problemMoments(small);
    problemMoments(large);
    expect(linear(large)).toBe(linear(small));
    expect(linear(large)).toBe(101 * 101 + 4 * 4 * 2);
  });

  it('surfaceCost of a linear unit and of different units is far below G²·N', () => {
    expect(cost('linear', 0, 1)).toBeLessThan((101 * 101 * 2000) / 50);
    expect(cost('tanh', 0, 5)).toBeLessThan((101 * 101 * 2000) / 20);
    expect(cost('tanh', 0, 5)).toBeGreaterThanOrEqual(2 * 101 * 2000);
  });
});
