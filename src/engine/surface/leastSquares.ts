/**
 * Each unit's reference weights for the moments (moments.ts): a damped least-squares
 * fit, the point the moments' residual sums are taken at.
 */

/**
 * λ of the reference fit's damping, relative to each column's Σx²: combinations of
 * inputs with less than this fraction of their spread (nearly collinear inputs) are
 * left near 0 rather than fitted to noise, which would put the reference far from
 * any weights in use and make the moments' rounding (A in fromMoments.ts) large. The
 * cost is a Σr² at the reference larger than the minimum by ≈ λ² of what the fit
 * explains plus what those weak combinations explain; the moments are used while
 * rounding·A² ≤ MOMENTS_TRUST·E, i.e. for A² up to ≈ 1e3…1e4 times E, so this
 * margin is not felt. The same offset keeps A above √Σr² near an exact fit, so that the
 * rounding bound sends the bottom of such a bowl to the records, whose residuals are
 * not rounded once and for all (test: moments.test's "near an exact fit sums the records").
 */
const REFERENCE_DAMPING = 1e-4;

/**
 * Per unit, reference weights: least squares, M·w = b_u, damped — solved with λ·diag(M)
 * added to M (ridge regression, Hoerl & Kennard 1970), by Cholesky on M scaled to a
 * unit diagonal. An exact minimiser is not needed, since the residual sums are then
 * summed at whatever weights result; what the moments' rounding needs is a point near
 * where weights are used, and along directions the records barely determine
 * (correlated inputs) the exact minimiser can be arbitrarily far off. Columns that
 * are all zero get weight 0. Where M or b overflowed the weights are NaN, and every
 * slice of the problem is then summed over the records (momentNodes' bound fails). xx is M (d×d row-major), xNorm √diag(M), xy the b_u unit-major; writes wRef (k·d).
 */
export function leastSquares(xx: Float64Array, xNorm: Float64Array, xy: Float64Array, d: number, k: number, wRef: Float64Array): void {
  // L (lower triangle) of the Cholesky factor of M scaled to a unit diagonal (0 for zero columns), plus λ·I.
  const L = new Float64Array(d * d);
  for (let c = 0; c < d; c++) {
    for (let e = 0; e <= c; e++) {
      let t = xNorm[c] > 0 && xNorm[e] > 0 ? xx[c * d + e] / (xNorm[c] * xNorm[e]) : 0;
      if (e === c) t += REFERENCE_DAMPING;
      for (let f = 0; f < e; f++) t -= L[c * d + f] * L[e * d + f];
      L[c * d + e] = e === c ? Math.sqrt(t) : t / L[e * d + e];
    }
  }
  const z = new Float64Array(d);
  for (let u = 0, wo = 0; u < k; u++, wo += d) {
    for (let c = 0; c < d; c++) {
      let t = xNorm[c] > 0 ? xy[wo + c] / xNorm[c] : 0;
      for (let e = 0; e < c; e++) t -= L[c * d + e] * z[e];
      z[c] = t / L[c * d + c];
    }
    for (let c = d - 1; c >= 0; c--) {
      let t = z[c];
      for (let e = c + 1; e < d; e++) t -= L[e * d + c] * z[e];
      z[c] = t / L[c * d + c];
    }
    for (let c = 0; c < d; c++) wRef[wo + c] = xNorm[c] > 0 ? z[c] / xNorm[c] : 0;
  }
}
