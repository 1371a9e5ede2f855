/**
 * How numbers become sound (no audio here: pure maps, tested on their own). E becomes pitch —
 * higher error, higher tone, on a log scale when E spans decades, like the eye reads a bowl —
 * and a weight becomes pan, left to right as on the axis. E past the top of the drawn axis
 * is marked by a different sound, not a higher pitch.
 */

/** The pitch range, in hertz (two octaves from A3). */
export const LOW_HZ = 220;
export const HIGH_HZ = 880;

/** Where E lies in [lo, hi], 0…1 (log scale when hi/lo > 20 and lo > 0), clamped; NaN for a non-finite E. */
export function level(E: number, lo: number, hi: number): number {
  if (!Number.isFinite(E)) return NaN;
  if (!(hi > lo)) return 0.5;
  const useLog = lo > 0 && hi / lo > 20;
  const t = useLog ? (Math.log(Math.max(E, lo)) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (E - lo) / (hi - lo);
  return Math.min(1, Math.max(0, t));
}

/** The pitch of E in [lo, hi]: LOW_HZ at lo to HIGH_HZ at hi, evenly in octaves (never decreasing in E). */
export function pitchOf(E: number, lo: number, hi: number): number {
  const t = level(E, lo, hi);
  return Number.isFinite(t) ? LOW_HZ * (HIGH_HZ / LOW_HZ) ** t : NaN;
}

/** The pan of w on the axis from x0 to x1: −1 (left) … 1 (right), clamped (never decreasing in w). */
export function panOf(w: number, x0: number, x1: number): number {
  if (!Number.isFinite(w) || !(x1 > x0)) return 0;
  return Math.min(1, Math.max(-1, (2 * (w - x0)) / (x1 - x0) - 1));
}

/** Whether E is past the top of the drawn axis (it sounds different there). */
export function beyond(E: number, top: number): boolean {
  return !(E <= top);
}
