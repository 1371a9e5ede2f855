/** The 3-D bowl's step arrow: E where the pending step lands, and the arrow's ends on the canvas. */
import { describe, expect, it } from 'vitest';
import { createProblem, type Problem } from '../../../src/engine';
import type { Grid } from '../../../src/viz/contour/contourPaths';
import { onBowl } from '../../../src/viz/bowl3d/paintMarks';
import { heightScale, projector } from '../../../src/viz/bowl3d/projection';
import { arrowShown, landingError, MIN_ARROW_PX, stepArrow } from '../../../src/viz/bowl3d/stepArrow';

function problemOf(x: number[][], y: number[][], bias = false): Problem {
  const r = createProblem(x, y, bias);
  if (!r.ok) throw new Error(r.error);
  return r.problem;
}

/** A grid of `E` over [x0, x1] × [y0, y1], G nodes a side. */
function gridOf(E: (a: number, b: number) => number, x0: number, x1: number, y0: number, y1: number, G = 41): Grid {
  const values = new Float64Array(G * G);
  for (let r = 0; r < G; r++) for (let c = 0; c < G; c++) values[r * G + c] = E(x0 + ((x1 - x0) * c) / (G - 1), y0 + ((y1 - y0) * r) / (G - 1));
  return { values, G, x0, x1, y0, y1 };
}

describe('landingError', () => {
  // A linear unit, one record x = (1, 2), y = 3: E(w) = ½ (3 − w₁ − 2w₂)², a known quadratic.
  const problem = problemOf([[1, 2]], [[3]]);
  const model = { problem, activation: 'linear' as const, loss: 'sse' as const };
  const E = (a: number, b: number) => 0.5 * (3 - a - 2 * b) ** 2;
  // At w = (0.5, 0.25): ŷ = 1, δ = y − ŷ = 2, Δw = η δ x = 0.1 · 2 · (1, 2) = (0.2, 0.4), landing (0.7, 0.65), E = ½ (3 − 2)² = ½.
  const w = [0.5, 0.25];
  const dw = [0.2, 0.4];

  it('is E at w + Δw, by hand, for a linear unit with one record', () => {
    expect(E(0.7, 0.65)).toBeCloseTo(0.5, 14);
    expect(landingError(model, w, dw, 0, 1)).toBeCloseTo(0.5, 12);
    // The axes either way round: the same landing.
    expect(landingError(model, w, dw, 1, 0)).toBeCloseTo(0.5, 12);
  });

  it('is E at the landing for a sigmoid unit, summed by hand over the records', () => {
    const x = [[1, -1], [0.5, 2], [-1, 0.3]];
    const y = [[0.2], [0.9], [0.4]];
    const p = problemOf(x, y);
    const s = (h: number) => 1 / (1 + Math.exp(-h));
    const wl = [0.3 + -0.7, -0.2 + 0.45];
    const byHand = 0.5 * x.reduce((sum, r, m) => sum + (y[m][0] - s(wl[0] * r[0] + wl[1] * r[1])) ** 2, 0);
    expect(landingError({ problem: p, activation: 'sigmoid', loss: 'sse' }, [0.3, -0.2], [-0.7, 0.45], 0, 1)).toBeCloseTo(byHand, 12);
    // MSE divides by N.
    expect(landingError({ problem: p, activation: 'sigmoid', loss: 'mse' }, [0.3, -0.2], [-0.7, 0.45], 0, 1)).toBeCloseTo(byHand / 3, 12);
  });

  it('holds the weights off the plot, on the drawn slice (as the curve view does)', () => {
    // Bias on: w = (w₀, w₁, w₂) over x = (1, x₁, x₂); the plot shows w₁ and w₂, w₀ stays where it is.
    const p = problemOf([[1, 2], [2, -1]], [[1], [0]], true);
    const w0 = 0.3;
    const landing = [0.1 + 0.05, -0.4 + 0.2];
    const byHand = 0.5 * ((1 - (w0 + landing[0] * 1 + landing[1] * 2)) ** 2 + (0 - (w0 + landing[0] * 2 - landing[1])) ** 2);
    expect(landingError({ problem: p, activation: 'linear', loss: 'sse' }, [w0, 0.1, -0.4], [-0.9, 0.05, 0.2], 1, 2)).toBeCloseTo(byHand, 12);
  });

  it('is NaN for weights that do not fit the problem or a step that is not finite', () => {
    expect(landingError(model, [0.5], [0.2], 0, 1)).toBeNaN();
    expect(landingError(model, w, dw, 0, 0)).toBeNaN();
    expect(landingError(model, w, [NaN, 0.4], 0, 1)).toBeNaN();
    expect(landingError(model, w, [0.2, Infinity], 0, 1)).toBeNaN();
  });
});

describe('stepArrow', () => {
  const problem = problemOf([[1, 2]], [[3]]);
  const model = { problem, activation: 'linear' as const, loss: 'sse' as const };
  const E = (a: number, b: number) => 0.5 * (3 - a - 2 * b) ** 2;
  const grid = gridOf(E, -1, 2, -1, 2);
  const z = heightScale(grid.values);

  for (const cam of [{ yaw: -0.6, pitch: 0.75 }, { yaw: 2.2, pitch: 0.2 }, { yaw: -3, pitch: 1.4 }]) {
    it(`runs from the point on the bowl to the projection of (w + Δw, E(w + Δw)) (yaw ${cam.yaw}, pitch ${cam.pitch})`, () => {
      const project = projector(grid, z, cam, { width: 640, height: 460 }, { x: 50, top: 10, bottom: 30 });
      const from = onBowl(grid, project, 0.5, 0.25);
      const landing = landingError(model, [0.5, 0.25], [0.2, 0.4], 0, 1);
      const a = stepArrow(project, from, { wi: 0.5, wj: 0.25, dwi: 0.2, dwj: 0.4 }, landing);
      expect(a).not.toBeNull();
      expect(a!.x1).toBeCloseTo(from!.sx, 9);
      expect(a!.y1).toBeCloseTo(from!.sy, 9);
      // (0.7, 0.65) and E = ½ by hand, projected.
      const end = project(0.7, 0.65, 0.5);
      expect(a!.x2).toBeCloseTo(end.sx, 9);
      expect(a!.y2).toBeCloseTo(end.sy, 9);
      expect(arrowShown(a)).toBe(true);
    });
  }

  it('is hidden without a point, at a landing whose E is not finite, and when shorter than a few pixels', () => {
    const project = projector(grid, z, { yaw: 0.3, pitch: 0.7 }, { width: 640, height: 460 });
    const from = onBowl(grid, project, 0.5, 0.25);
    expect(stepArrow(project, null, { wi: 0.5, wj: 0.25, dwi: 0.2, dwj: 0.4 }, 0.5)).toBeNull();
    expect(stepArrow(project, from, { wi: 0.5, wj: 0.25, dwi: 0.2, dwj: 0.4 }, Infinity)).toBeNull();
    expect(stepArrow(project, from, { wi: 0.5, wj: 0.25, dwi: 0.2, dwj: 0.4 }, NaN)).toBeNull();
    expect(arrowShown(null)).toBe(false);
    const tiny = stepArrow(project, from, { wi: 0.5, wj: 0.25, dwi: 1e-9, dwj: 0 }, E(0.5 + 1e-9, 0.25));
    expect(Math.hypot(tiny!.x2 - tiny!.x1, tiny!.y2 - tiny!.y1)).toBeLessThan(MIN_ARROW_PX);
    expect(arrowShown(tiny)).toBe(false);
    expect(arrowShown({ x1: 0, y1: 0, x2: NaN, y2: 4 })).toBe(false);
  });
});
