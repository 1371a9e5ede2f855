/**
 * The error measures. `sse` is the seed's E = ½ Σ_μ Σ_j (y_j^μ − ŷ_j^μ)²; `mse`
 * divides that by the number of records in the sum (E = 1/(2N) Σ …, the ½ kept
 * so that δ is the same in both), an option and never the default.
 */

/** Names an error measure can be saved under. */
export type LossName = 'sse' | 'mse';

/** All loss names, default first. */
export const LOSS_NAMES: readonly LossName[] = ['sse', 'mse'];

/** True when `name` is a {@link LossName}. */
export function isLossName(name: string): name is LossName {
  return (LOSS_NAMES as readonly string[]).includes(name);
}

/** The factor in front of ½ Σ over `count` records: 1 for SSE, 1/count for MSE. */
export function lossScale(loss: LossName, count: number): number {
  return loss === 'mse' ? 1 / count : 1;
}
