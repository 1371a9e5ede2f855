/**
 * E along one weight: E(v) with weight `index` set to v and every other weight
 * held at its current value — the 1-D slice through the current point that the
 * curve view draws. The fixed part of each record's net input is computed once,
 * so each of the G points costs O(N).
 */
import type { Activation } from './activations';
import { lossScale, type LossName } from './loss';
import type { Problem } from './problem';

/**
 * Fills `out[g]` with E at weight `index` = `values[g]`. `scratch` must hold N
 * numbers (it receives each record's h without weight `index`).
 */
export function errorAlongWeight(
  problem: Problem,
  w: ArrayLike<number>,
  index: number,
  act: Activation,
  loss: LossName,
  values: ArrayLike<number>,
  out: Float64Array,
  scratch: Float64Array,
): void {
  const { N, k, d, xb, y } = problem;
  const unit = Math.floor(index / d);
  const col = index % d;
  // Error of the other units does not depend on this weight.
  let other = 0;
  for (let mu = 0; mu < N; mu++) {
    for (let j = 0; j < k; j++) {
      let net = 0;
      for (let c = 0; c < d; c++) net += w[j * d + c] * xb[mu * d + c];
      if (j === unit) {
        scratch[mu] = net - w[index] * xb[mu * d + col];
      } else {
        const e = y[mu * k + j] - act.f(net);
        other += e * e;
      }
    }
  }
  const scale = 0.5 * lossScale(loss, N);
  const f = act.f;
  for (let g = 0; g < values.length; g++) {
    const v = values[g];
    let sum = other;
    for (let mu = 0; mu < N; mu++) {
      const e = y[mu * k + unit] - f(scratch[mu] + v * xb[mu * d + col]);
      sum += e * e;
    }
    out[g] = scale * sum;
  }
}

/**
 * Each output unit's share of E: out[j] = ½·(scale) Σ_μ (y_j^μ − ŷ_j^μ)², so that
 * Σ_j out[j] = E (the seed's last section: E sums over the units).
 */
export function errorPerUnit(problem: Problem, w: ArrayLike<number>, act: Activation, loss: LossName): Float64Array {
  const { N, k, d, xb, y } = problem;
  const out = new Float64Array(k);
  for (let mu = 0; mu < N; mu++) {
    for (let j = 0; j < k; j++) {
      let net = 0;
      for (let c = 0; c < d; c++) net += w[j * d + c] * xb[mu * d + c];
      const e = y[mu * k + j] - act.f(net);
      out[j] += e * e;
    }
  }
  const scale = 0.5 * lossScale(loss, N);
  for (let j = 0; j < k; j++) out[j] *= scale;
  return out;
}
