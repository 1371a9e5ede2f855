/** The thinned trajectory and error line: nothing visible is lost, the ends are kept, nonsense is skipped. */
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/engine';
import { polyline } from '../../../src/viz/shared/polyline';

/** The points of an 'M…L…' path. */
function points(d: string): [number, number][] {
  return [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('polyline', () => {
  it('polyline(0.5) of a slow random walk keeps few points, both ends, and every dropped point within 0.5 px of a kept one', () => {
    const random = createRandom(7);
    const given: [number, number][] = [];
    let x = 100;
    let y = 100;
    for (let n = 0; n < 4096; n++) {
      x += (random() - 0.45) * 0.2;
      y += (random() - 0.55) * 0.2;
      given.push([x, y]);
    }
    const line = polyline(0.5);
    for (const [px, py] of given) line.add(px, py);
    const { d, kept, given: count } = line.done();
    const drawn = points(d);
    expect(count).toBe(4096);
    expect(drawn).toHaveLength(kept);
    expect(kept).toBeLessThan(4096 / 4);
    expect(drawn[0][0]).toBeCloseTo(given[0][0], 1);
    expect(drawn[drawn.length - 1][1]).toBeCloseTo(given[given.length - 1][1], 1);
    // Each given point is close to some drawn point (0.5 px, plus 0.05 px of printing).
    for (const [px, py] of given) {
      const near = drawn.some(([qx, qy]) => Math.abs(qx - px) <= 0.55 && Math.abs(qy - py) <= 0.55);
      expect(near).toBe(true);
    }
  });

  it('polyline() keeps every point of a line whose points are far apart, in order', () => {
    const line = polyline();
    const given = [
      [0, 0],
      [10, 5],
      [20, -5],
      [30, 0],
    ];
    for (const [x, y] of given) line.add(x, y);
    expect(line.done().d).toBe('M0.0,0.0L10.0,5.0L20.0,-5.0L30.0,0.0');
  });

  it('polyline() skips non-finite points and gives an empty path for none', () => {
    const line = polyline();
    line.add(NaN, 1);
    line.add(1, Infinity);
    expect(line.done()).toEqual({ d: '', kept: 0, given: 0 });
    const two = polyline();
    two.add(1, 1);
    two.add(NaN, 2);
    two.add(5, 5);
    expect(two.done().d).toBe('M1.0,1.0L5.0,5.0');
  });
});
