/**
 * SVG path data for a long run of points, thinned to what the screen can show:
 * a point closer than `tolerance` pixels (across and up) to the last one kept is
 * dropped, except the final point. A 4,096-point history where most steps move
 * less than a pixel becomes a few hundred segments — the path string, its
 * parsing and its painting shrink with it, and the picture does not change.
 */

/** Collects points in pixels and gives the thinned path. */
export interface Polyline {
  /** Adds a point; non-finite points are skipped. */
  add(x: number, y: number): void;
  /** The path ('' for no point) and how many points it kept and was given. */
  done(): { d: string; kept: number; given: number };
}

/** Starts a polyline that drops points within `tolerance` px of the last kept one. */
export function polyline(tolerance = 0.5): Polyline {
  let d = '';
  let kept = 0;
  let given = 0;
  let lx = 0;
  let ly = 0;
  // The newest dropped point, drawn at the end so the line reaches the last point.
  let hasTail = false;
  let tx = 0;
  let ty = 0;
  const put = (x: number, y: number) => {
    d += `${kept === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    kept++;
    lx = x;
    ly = y;
  };
  return {
    add(x, y) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      given++;
      if (kept > 0 && Math.abs(x - lx) < tolerance && Math.abs(y - ly) < tolerance) {
        hasTail = true;
        tx = x;
        ty = y;
        return;
      }
      hasTail = false;
      put(x, y);
    },
    done() {
      if (hasTail) put(tx, ty);
      hasTail = false;
      return { d, kept, given };
    },
  };
}
