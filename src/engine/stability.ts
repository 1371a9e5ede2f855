/**
 * The largest stable learning rate of a linear unit. For f(h) = h, E is the
 * quadratic ½ wᵀHw − bᵀw + c with Hessian H = s Σ_μ x^μ x^μᵀ (s = 1 for SSE,
 * 1/N for MSE; the same block for every output unit). Batch descent
 * w ← w − η(Hw − b) contracts along every eigenvector iff |1 − η λ| < 1, i.e.
 * η < 2/λ_max. The eigenvalues come from the cyclic Jacobi method
 * (Golub & Van Loan, Matrix Computations, §8.5), exact enough for d ≤ 33.
 */
import { lossScale, type LossName } from './loss';
import type { Problem } from './problem';

/** Eigenvalues of a symmetric d×d matrix given row-major (the input is not changed). */
export function symmetricEigenvalues(matrix: ArrayLike<number>, d: number): number[] {
  const a = Float64Array.from(matrix);
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < d; p++) for (let q = p + 1; q < d; q++) off += a[p * d + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < d; p++) {
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (apq === 0) continue;
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < d; r++) {
          const arp = a[r * d + p];
          const arq = a[r * d + q];
          a[r * d + p] = c * arp - s * arq;
          a[r * d + q] = s * arp + c * arq;
        }
        for (let r = 0; r < d; r++) {
          const apr = a[p * d + r];
          const aqr = a[q * d + r];
          a[p * d + r] = c * apr - s * aqr;
          a[q * d + r] = s * apr + c * aqr;
        }
      }
    }
  }
  return Array.from({ length: d }, (_, i) => a[i * d + i]);
}

/** H = s Σ_μ x^μ x^μᵀ over the columns of xb (bias included when on), row-major d×d. */
export function linearHessian(problem: Problem, loss: LossName): Float64Array {
  const { N, d, xb } = problem;
  const h = new Float64Array(d * d);
  for (let mu = 0; mu < N; mu++) {
    const o = mu * d;
    for (let p = 0; p < d; p++) for (let q = 0; q < d; q++) h[p * d + q] += xb[o + p] * xb[o + q];
  }
  const s = lossScale(loss, N);
  for (let i = 0; i < h.length; i++) h[i] *= s;
  return h;
}

/** 2/λ_max for batch descent on a linear unit; Infinity when every input is zero or xxᵀ overflows. */
export function largestStableEta(problem: Problem, loss: LossName): number {
  const hessian = linearHessian(problem, loss);
  // Inputs near 1e154 overflow xxᵀ; there is then no meaningful bound to show.
  if (!hessian.every(Number.isFinite)) return Infinity;
  const eig = symmetricEigenvalues(hessian, problem.d);
  const max = Math.max(...eig);
  return max > 0 ? 2 / max : Infinity;
}
