/** Ranges of the run's settings, shared by the controls, the URL codec and the store. */

/** Learning rate range accepted anywhere. */
export const ETA_MIN = 1e-4;
export const ETA_MAX = 100;
/** Steps per second while playing. */
export const SPEED_MIN = 0.25;
export const SPEED_MAX = 1000;
export const DEFAULT_SPEED = 4;
/** Most steps the `steps=` parameter may take on load. */
export const MAX_INITIAL_STEPS = 100_000;

/** Values that η and speed step through with + and −: 1, 1.5, 2, 3, 5, 7 per decade. */
const LADDER = [1, 1.5, 2, 3, 5, 7];

/** The next ladder value above (dir = 1) or below (dir = −1) `value`, clamped to [lo, hi]. */
export function ladderStep(value: number, dir: 1 | -1, lo: number, hi: number): number {
  const decade = Math.floor(Math.log10(value));
  const candidates: number[] = [];
  for (let e = decade - 1; e <= decade + 1; e++) for (const m of LADDER) candidates.push(Number((m * 10 ** e).toPrecision(6)));
  const next =
    dir > 0 ? candidates.find((c) => c > value * (1 + 1e-9)) : [...candidates].reverse().find((c) => c < value * (1 - 1e-9));
  return Math.min(hi, Math.max(lo, next ?? value));
}
