/**
 * The math panel's lines: the seed's chain with numbers, checked against values
 * worked out by hand from the seed's formulas (not against the code's output).
 */
import { describe, expect, it } from 'vitest';
import { createProblem, type Problem } from '../../../src/engine';
import { mathLines, texNumber, type MathInput } from '../../../src/ui/math/tex';

function problemOf(x: number[][], y: number[][], bias = false): Problem {
  const r = createProblem(x, y, bias);
  if (!r.ok) throw new Error(r.error);
  return r.problem;
}

/** The bowl preset's data: four records, one input, a linear unit, w = −1, η = 0.1. */
const bowl = problemOf([[0.5], [1], [1.5], [2]], [[1.1], [1.9], [3.2], [3.9]]);
// By hand: h = −x, ŷ = h, δ = y − ŷ = y + x → 1.6, 2.9, 4.7, 5.9;
// ∂E/∂w = −Σ δx = −(0.8 + 2.9 + 7.05 + 11.8) = −22.55; Δw = −η ∂E/∂w = 2.255; E = ½ Σ δ² = 33.935.
const bowlInput: MathInput = {
  problem: bowl,
  activation: 'linear',
  loss: 'sse',
  eta: 0.1,
  w: [-1],
  grad: [-22.55],
  dw: [2.255],
  E: 33.935,
  batch: [],
  batchLength: 4,
  record: 0,
  unit: 0,
};

const line = (lines: { id: string; tex: string }[], id: string) => lines.find((l) => l.id === id)?.tex ?? '';

describe('mathLines', () => {
  it('mathLines(bowl) writes record 1 out: h = (−1)(0.5) = −0.5, ŷ = h, y − ŷ = 1.6, δ = (1.6)(1) = 1.6', () => {
    const lines = mathLines(bowlInput);
    expect(line(lines, 'h')).toContain('(-1)(0.5) = -0.5');
    expect(line(lines, 'yhat')).toContain('= h = -0.5');
    expect(line(lines, 'err')).toContain('1.1 - (-0.5) = 1.6');
    expect(line(lines, 'fprime')).toMatch(/f'\(h\) = 1 .*= 1$/);
    expect(line(lines, 'delta')).toContain('(1.6)(1) = 1.6');
    expect(line(lines, 'E')).toContain('= 33.935'); // five digits, as the E readout
  });

  it('mathLines(bowl) sums the step over its records: ∂E/∂w₁ = −[(1.6)(0.5) + (2.9)(1) + (4.7)(1.5) + (5.9)(2)] = −22.55', () => {
    const lines = mathLines(bowlInput);
    const grad = line(lines, 'grad-0');
    expect(grad).toContain('(1.6)(0.5) + (2.9)(1) + (4.7)(1.5) + (5.9)(2)');
    expect(grad).toMatch(/= -22\.55$/);
    // The written terms add up to the gradient (the panel's arithmetic is the seed's).
    const pairs = [...grad.matchAll(/\((-?[\d.]+)\)\((-?[\d.]+)\)/g)].map((m) => Number(m[1]) * Number(m[2]));
    expect(-pairs.reduce((a, b) => a + b, 0)).toBeCloseTo(-22.55, 10);
    expect(line(lines, 'dw-values')).toContain('\\Delta w_{1} = 2.255');
    expect(line(lines, 'w-new')).toContain('w_{1} + \\Delta w_{1} = 1.255');
  });

  it('mathLines(sigmoid) prints f′(h) = f(h)(1 − f(h)) and, at h = 0 with y = 1: ŷ = 0.5, f′ = 0.25, δ = 0.125', () => {
    const lines = mathLines({ ...bowlInput, problem: problemOf([[1]], [[1]]), activation: 'sigmoid', w: [0], grad: [-0.125], dw: [0.125], E: 0.125, eta: 1 });
    expect(line(lines, 'yhat')).toContain('\\frac{1}{1+e^{-h}} = 0.5');
    expect(line(lines, 'fprime')).toContain('f(h)\\,\\bigl(1-f(h)\\bigr)');
    expect(line(lines, 'fprime')).toMatch(/= 0\.25$/);
    expect(line(lines, 'delta')).toContain('(0.5)(0.25) = 0.125');
  });

  it('mathLines with MSE writes the 1/(records in the step) factor into ∂E/∂w', () => {
    const lines = mathLines({ ...bowlInput, loss: 'mse', grad: [-22.55 / 4], dw: [0.22550 / 4] });
    expect(line(lines, 'grad')).toContain('\\tfrac{1}{4}');
    expect(line(lines, 'grad-0')).toMatch(/= -5\.638$/);
  });

  it('mathLines with MSE on a mini-batch too large to list uses 1/(its size), not 1/N', () => {
    // 100 records, a mini-batch of 25: the snapshot lists no records, but the factor is still 1/25.
    const many = problemOf(
      Array.from({ length: 100 }, (_, m) => [m / 100]),
      Array.from({ length: 100 }, () => [0]),
    );
    const lines = mathLines({ ...bowlInput, problem: many, loss: 'mse', batch: [], batchLength: 25, grad: [0], dw: [0] });
    expect(line(lines, 'grad')).toContain('\\tfrac{1}{25}');
    expect(line(lines, 'grad')).not.toContain('\\tfrac{1}{100}');
  });

  it('mathLines with two output units names δⱼ, ŷⱼ and wᵢⱼ, and unit 2 reads its own weights', () => {
    const two = problemOf([[1, 2]], [[0.5, -1]]);
    // Unit-major weights: unit 1 (w₁₁, w₂₁) = (1, 0); unit 2 (w₁₂, w₂₂) = (0.5, 0.25). Linear: h₂ = 0.5 + 0.5 = 1.
    const lines = mathLines({ ...bowlInput, problem: two, w: [1, 0, 0.5, 0.25], grad: [0, 0, 2, 4], dw: [0, 0, -0.2, -0.4], unit: 1 });
    expect(line(lines, 'h')).toContain('h_2^{\\mu}');
    expect(line(lines, 'h')).toContain('(0.5)(1) + (0.25)(2) = 1');
    expect(line(lines, 'delta')).toContain('\\delta_2^{\\mu}');
    // y₂ − ŷ₂ = −1 − 1 = −2.
    expect(line(lines, 'err')).toMatch(/= -2$/);
    expect(line(lines, 'dw-values')).toContain('\\Delta w_{12} = -0.2');
  });

  it('texNumber writes powers of ten as such, a plain minus, and a dash for non-finite values', () => {
    expect(texNumber(1.01e-5)).toBe('1.01\\times 10^{-5}');
    expect(texNumber(-2.5)).toBe('-2.5');
    expect(texNumber(NaN)).toBe('\\text{—}');
    expect(texNumber(Infinity)).not.toMatch(/NaN|Infinity/);
  });
});
