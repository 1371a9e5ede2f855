/**
 * computeSurface against E evaluated directly at every node, for every activation,
 * bias on and off, one unit and several; its buffers; the calls it rejects.
 */
import { describe, expect, it } from 'vitest';
import { ACTIVATION_NAMES, computeSurface, createSurfaceScratch, type SurfaceSpec } from '../../../src/engine';
import { expectRel } from '../helpers';
import { directE, directGrid, expectGrid, G, LOSSES, n, pairs, randomData, windowAround } from './helpers';


describe('computeSurface matches direct evaluation', () => {
  let seed = 100;
  for (const activation of ACTIVATION_NAMES) {
    for (const bias of [false, true]) {
      for (const k of [1, 3]) {
        for (const { label, i, j } of pairs(k, bias)) {
          for (const loss of LOSSES) {
            const s = seed++;
            it(`computeSurface(${activation}, bias ${bias ? 'on' : 'off'}, k = ${k}, ${label}, ${loss}) equals E at every node`, () => {
              const { data, problem, w } = randomData(s, 13, n, k, bias);
              const spec = { w, i, j, activation, loss, ...windowAround(w, i, j), G };
              const got = computeSurface({ problem, ...spec });
              // The linear path is a quadratic form, not the same sum in the same order: 1e-9 relative.
              expectGrid(got, directGrid(data, spec), activation === 'linear' ? 1e-9 : 1e-12);
            });
          }
        }
      }
    }
  }

  it('computeSurface lays out rows along j and columns along i, with both window ends on the grid', () => {
    const { data, problem, w } = randomData(7, 9, 2, 1, false);
    const spec = { w, i: 0, j: 1, activation: 'tanh' as const, loss: 'sse' as const, x0: -3, x1: 5, y0: 2, y1: 2.5, G: 4 };
    const got = computeSurface({ problem, ...spec });
    const at = (a: number, b: number) => directE(data, [a, b], 'tanh', 'sse');
    expectRel(got[0], at(-3, 2), 1e-13);
    expectRel(got[3], at(5, 2), 1e-13); // end of the first row: i at x1
    expectRel(got[4 * 3], at(-3, 2.5), 1e-13); // start of the last row: j at y1
    expectRel(got[15], at(5, 2.5), 1e-13);
  });

  it('computeSurface with G = 2 gives the four corners', () => {
    const { data, problem, w } = randomData(8, 5, 1, 2, true);
    const spec = { w, i: 0, j: 3, activation: 'softplus' as const, loss: 'mse' as const, x0: -1, x1: 1, y0: 0, y1: 4, G: 2 };
    expectGrid(computeSurface({ problem, ...spec }), directGrid(data, spec), 1e-12);
  });
});

describe('computeSurface buffers', () => {
  it('computeSurface(spec, out, scratch) returns out and gives what fresh buffers give, call after call', () => {
    const big = randomData(31, 40, 3, 3, true);
    const small = randomData(32, 11, 3, 3, false);
    const specs: SurfaceSpec[] = [
      { problem: big.problem, w: big.w, i: 0, j: 2, activation: 'sigmoid', loss: 'sse', ...windowAround(big.w, 0, 2), G },
      { problem: big.problem, w: big.w, i: 1, j: 9, activation: 'tanh', loss: 'mse', ...windowAround(big.w, 1, 9), G },
      { problem: small.problem, w: small.w, i: 4, j: 5, activation: 'linear', loss: 'sse', ...windowAround(small.w, 4, 5), G },
      { problem: small.problem, w: small.w, i: 8, j: 0, activation: 'linear', loss: 'mse', ...windowAround(small.w, 8, 0), G },
      { problem: big.problem, w: big.w, i: 3, j: 1, activation: 'relu', loss: 'sse', ...windowAround(big.w, 3, 1), G },
    ];
    const out = new Float64Array(G * G);
    const scratch = createSurfaceScratch(40, G);
    for (const spec of specs) {
      const got = computeSurface(spec, out, scratch);
      expect(got).toBe(out);
      expect(Array.from(got)).toEqual(Array.from(computeSurface(spec)));
    }
  });

  it('computeSurface accepts a scratch made for more records and a larger grid', () => {
    const { problem, w } = randomData(33, 10, 2, 1, true);
    const spec: SurfaceSpec = { problem, w, i: 0, j: 2, activation: 'softplus', loss: 'sse', ...windowAround(w, 0, 2), G: 5 };
    const got = computeSurface(spec, undefined, createSurfaceScratch(100, 50));
    expect(Array.from(got)).toEqual(Array.from(computeSurface(spec)));
  });
});

describe('computeSurface rejects calls that cannot mean a surface', () => {
  const { problem, w } = randomData(51, 5, 2, 2, false);
  const spec: SurfaceSpec = { problem, w, i: 0, j: 1, activation: 'sigmoid', loss: 'sse', x0: -1, x1: 1, y0: -1, y1: 1, G: 5 };

  it('computeSurface with i === j throws a RangeError', () => {
    expect(() => computeSurface({ ...spec, i: 2, j: 2 })).toThrow(RangeError);
  });

  it('computeSurface with an index outside the weights, a short w or G < 2 throws a RangeError', () => {
    expect(() => computeSurface({ ...spec, j: 4 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, i: -1 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, i: 0.5 })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, w: [1, 2, 3] })).toThrow(RangeError);
    expect(() => computeSurface({ ...spec, G: 1 })).toThrow(RangeError);
  });

  it('computeSurface with out of the wrong length or a scratch too small throws a RangeError', () => {
    expect(() => computeSurface(spec, new Float64Array(24))).toThrow(RangeError);
    expect(() => computeSurface(spec, undefined, createSurfaceScratch(4, 5))).toThrow(RangeError);
    expect(() => computeSurface(spec, undefined, createSurfaceScratch(5, 4))).toThrow(RangeError);
  });
});
