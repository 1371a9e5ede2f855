/** markValues: each mark's value in words, from the pending step's numbers (checked by hand on the bowl). */
import { describe, expect, it } from 'vitest';
import { markValues, type MarkNumbers } from '../../../src/viz/shared/markValues';

// The bowl preset at its start, by hand: w = −1, E = 33.935, ∂E/∂w = −22.55, Δw = 0.1 · 22.55 = 2.255.
const bowl: MarkNumbers = { view: 'curve', w: [-1], dw: [2.255], grad: [-22.55], E: 33.935, step: 0, batch: true, stage: null, i: 0, j: -1, labelI: 'w₁', labelJ: '' };

describe('markValues', () => {
  it('names the curve marks’ values: the point, the slope, the step and where it lands (w + Δw = 1.255)', () => {
    const v = markValues(bowl);
    expect(v.point).toBe('w₁ = −1, E = 33.94');
    expect(v.tangent).toBe('∂E/∂w₁ = −22.55');
    expect(v.drop).toBe('E = 33.94');
    expect(v.step).toBe('Δw₁ = 2.255');
    expect(v.next).toBe('w₁ + Δw₁ = 1.255');
    expect(v.trail).toBe('0 steps so far');
  });

  it('gives the tangent no number when the step uses some records only (its slope is then not the step’s gradient)', () => {
    expect(markValues({ ...bowl, batch: false }).tangent).toBeNull();
  });

  it('in step-through names only what the parts have reached: the slope and the step from the gradient part, the landing at the update', () => {
    const term = markValues({ ...bowl, stage: 'term' });
    expect([term.tangent, term.step, term.next]).toEqual([null, null, null]);
    expect(term.point).toBe('w₁ = −1, E = 33.94');
    const gradient = markValues({ ...bowl, stage: 'gradient' });
    expect(gradient.step).toBe('Δw₁ = 2.255');
    expect(gradient.next).toBeNull();
    expect(markValues({ ...bowl, stage: 'update' }).next).toBe('w₁ + Δw₁ = 1.255');
  });

  it('never writes a non-finite number', () => {
    const v = markValues({ ...bowl, E: Number.NaN, dw: [Number.POSITIVE_INFINITY] });
    expect(v.point).toBeNull();
    expect(v.step).toBeNull();
    expect(v.next).toBeNull();
    for (const text of Object.values(v)) expect(text ?? '').not.toMatch(/NaN|Infinity/);
  });

  it('names the 2-D views’ point and step as pairs', () => {
    const v = markValues({ ...bowl, view: 'contour', w: [-1.5, 1.5], dw: [3.73, -2.796], grad: [0, 0], i: 0, j: 1, labelJ: 'w₂', step: 1 });
    expect(v.point).toBe('(w₁, w₂) = (−1.5, 1.5), E = 33.94');
    expect(v.step).toBe('(Δw₁, Δw₂) = (3.73, −2.796)');
    expect(v.trail).toBe('1 step so far');
  });
});
