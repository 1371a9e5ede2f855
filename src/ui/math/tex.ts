/**
 * The seed's derivation as TeX, with the live numbers of the pending step put
 * in: h = Σᵢ wᵢxᵢ → ŷ = f(h) → E = ½ Σ_μ (y − ŷ)² → f′(h), δ = (y − ŷ) f′(h) →
 * ∂E/∂wᵢ = −Σ_μ δ xᵢ → Δwᵢ = η δ xᵢ and wᵢ + Δwᵢ. Pure: numbers in, strings out,
 * so the panel (KaTeX) and the tests read the same lines. Record μ's terms are
 * computed here from the data and the weights; the sums over the batch (E, ∂E/∂w,
 * Δw) are the run's own, so they equal the readouts.
 */
import { ACTIVATIONS, LEAKY_SLOPE, type ActivationName, type LossName, type Problem } from '../../engine';
import { formatNumber, STAGES, type StageName } from '../../notation';

/** The five parts of one update, in the order step-through visits them. */
export const MATH_PARTS = STAGES;
export type MathPart = StageName;

/** One typeset line of the panel. */
export interface MathLine {
  part: MathPart;
  /** Stable name of the line (for keys and tests). */
  id: string;
  tex: string;
}

/** What the lines are made from: the problem, the current weights and the pending step. */
export interface MathInput {
  problem: Problem;
  activation: ActivationName;
  loss: LossName;
  eta: number;
  w: readonly number[];
  grad: readonly number[];
  dw: readonly number[];
  E: number;
  /** Records the pending step uses (0-based); empty when they are too many to list. */
  batch: readonly number[];
  /** How many records the pending step uses (its MSE factor is 1/this). */
  batchLength: number;
  /** The record whose terms are written out (0-based). */
  record: number;
  /** The output unit (0-based) whose terms are written out. */
  unit: number;
}

/** A step's per-record terms are written out when it has at most this many records. */
const SUM_SHOWN = 6;

/** Weights written out term by term before "+ …". */
const TERMS_SHOWN = 4;

/** A number as TeX: the app's rounding, a true minus, powers of ten written as such; never NaN. */
export function texNumber(v: number, digits = 4): string {
  if (!Number.isFinite(v)) return '\\text{—}';
  const text = formatNumber(v, digits).replace(/−/g, '-');
  const m = /^(-?[\d.]+)e(-?\d+)$/.exec(text);
  return m ? `${m[1]}\\times 10^{${m[2]}}` : text;
}

/** A number in brackets when it is negative, for products like (−2)(0.5). */
function factor(v: number): string {
  const t = texNumber(v);
  return `(${t})`;
}

/** TeX of f(h) and f′(h) for an activation, in terms of h (and f(h) where the seed writes it so). */
export function activationTex(name: ActivationName): { f: string; fPrime: string } {
  switch (name) {
    case 'sigmoid':
      return { f: '\\frac{1}{1+e^{-h}}', fPrime: 'f(h)\\,\\bigl(1-f(h)\\bigr)' };
    case 'tanh':
      return { f: '\\tanh h', fPrime: '1-f(h)^2' };
    case 'linear':
      return { f: 'h', fPrime: '1' };
    case 'relu':
      return { f: '\\max(0,\\,h)', fPrime: '\\begin{cases}1 & h \\ge 0\\\\ 0 & h < 0\\end{cases}' };
    case 'leaky-relu':
      return { f: `\\max(${LEAKY_SLOPE}\\,h,\\,h)`, fPrime: `\\begin{cases}1 & h \\ge 0\\\\ ${LEAKY_SLOPE} & h < 0\\end{cases}` };
    case 'softplus':
      return { f: '\\ln\\bigl(1+e^{h}\\bigr)', fPrime: '\\frac{1}{1+e^{-h}}' };
  }
}

/** Record μ's forward pass and error term for unit j, computed from the data. */
export function recordTerms(problem: Problem, w: readonly number[], activation: ActivationName, record: number, unit: number) {
  const { d, k, xb, y } = problem;
  const x = Array.from(xb.subarray(record * d, record * d + d));
  const wj = w.slice(unit * d, unit * d + d);
  let h = 0;
  for (let c = 0; c < d; c++) h += wj[c] * x[c];
  const act = ACTIVATIONS[activation];
  const yHat = act.f(h);
  const target = y[record * k + unit];
  const fp = act.fPrime(h, yHat);
  const err = target - yHat;
  return { x, w: wj, h, yHat, y: target, err, fp, delta: err * fp };
}

/** The panel's lines for the pending step. */
export function mathLines(input: MathInput): MathLine[] {
  const { problem, activation, loss, eta, record, unit } = input;
  const { d, k, bias, N } = problem;
  const many = k > 1;
  const j = many ? `_${unit + 1}` : '';
  const mu = '^{\\mu}';
  const r = recordTerms(problem, input.w, activation, record, unit);
  const act = activationTex(activation);
  // Weight c of unit j is w_{i j} with i counted from 0 when the bias is on (x₀ = 1).
  const i = (c: number) => (bias ? c : c + 1);
  const wName = (c: number) => (many ? `w_{${i(c)}${unit + 1}}` : `w_{${i(c)}}`);
  const q = (c: number) => unit * d + c;
  const terms = r.w.slice(0, TERMS_SHOWN).map((wc, c) => `${factor(wc)}${factor(r.x[c])}`);
  const more = d > TERMS_SHOWN ? ' + \\dots' : '';
  const batchSize = input.batchLength;
  const scale = loss === 'mse' ? `\\tfrac{1}{${batchSize}}` : '';
  const muLabel = `\\mu = ${record + 1}`;
  // The step's records, each as (δ^μ)(x_i^μ), when they are few enough to read.
  const stepRecords = input.batch.length ? input.batch : Array.from({ length: N }, (_, m) => m);
  const perRecord = stepRecords.length <= SUM_SHOWN ? stepRecords.map((m) => recordTerms(problem, input.w, activation, m, unit)) : null;
  const sumTex = (c: number) =>
    perRecord ? `-${scale}\\bigl[${perRecord.map((t) => `${factor(t.delta)}${factor(t.x[c])}`).join(' + ')}\\bigr] = ` : '';

  const lines: MathLine[] = [
    {
      part: 'forward',
      id: 'h',
      tex: `h${j}${mu} = \\sum_i ${many ? `w_{i${unit + 1}}` : 'w_i'}\\, x_i${mu} = ${terms.join(' + ')}${more} = ${texNumber(r.h)} \\quad (${muLabel})`,
    },
    {
      part: 'forward',
      id: 'yhat',
      tex: `\\hat y${j}${mu} = f(h${j}${mu}) = ${act.f} = ${texNumber(r.yHat)}`,
    },
    {
      part: 'error',
      id: 'err',
      tex: `y${j}${mu} - \\hat y${j}${mu} = ${texNumber(r.y)} - ${factor(r.yHat)} = ${texNumber(r.err)}`,
    },
    {
      part: 'error',
      id: 'E',
      tex: `E = ${loss === 'mse' ? `\\tfrac{1}{${N}}\\cdot` : ''}\\tfrac12 \\sum_{\\mu}${many ? '\\sum_j' : ''} \\bigl(y${many ? '_j' : ''}${mu} - \\hat y${many ? '_j' : ''}${mu}\\bigr)^2 = ${texNumber(input.E, 5)}`,
    },
    {
      part: 'term',
      id: 'fprime',
      tex: `f'(h) = ${act.fPrime} \\;\\Rightarrow\\; f'(h${j}${mu}) = ${texNumber(r.fp)}`,
    },
    {
      part: 'term',
      id: 'delta',
      tex: `\\delta${j}${mu} = (y${j}${mu} - \\hat y${j}${mu})\\, f'(h${j}${mu}) = ${factor(r.err)}${factor(r.fp)} = ${texNumber(r.delta)}`,
    },
    {
      part: 'gradient',
      id: 'grad',
      tex: `\\frac{\\partial E}{\\partial ${many ? 'w_{ij}' : 'w_i'}} = -${scale}\\sum_{\\mu \\in \\text{step}} (y${j}${mu} - \\hat y${j}${mu})\\, f'(h${j}${mu})\\, x_i${mu} = -${scale}\\sum_{\\mu} \\delta${j}${mu} x_i${mu}`,
    },
    // One line per weight; for a small step its records' terms are written out, so Σ_μ is seen at work.
    ...r.w.slice(0, TERMS_SHOWN).map((_, c) => ({
      part: 'gradient' as const,
      id: `grad-${c}`,
      tex: `\\frac{\\partial E}{\\partial ${wName(c)}} = ${sumTex(c)}${texNumber(input.grad[q(c)])}`,
    })),
    {
      part: 'gradient',
      id: 'dw',
      tex: `\\Delta ${many ? 'w_{ij}' : 'w_i'} = -\\eta\\, \\frac{\\partial E}{\\partial ${many ? 'w_{ij}' : 'w_i'}} = \\eta ${scale}\\sum_{\\mu} \\delta${j}${mu} x_i${mu}, \\qquad \\eta = ${texNumber(eta)}`,
    },
    {
      part: 'gradient',
      id: 'dw-values',
      tex: r.w
        .slice(0, TERMS_SHOWN)
        .map((_, c) => `\\Delta ${wName(c)} = ${texNumber(input.dw[q(c)])}`)
        .join(',\\quad ') + more.replace(' + ', ',\\ '),
    },
    {
      part: 'update',
      id: 'w-new',
      tex: r.w
        .slice(0, TERMS_SHOWN)
        .map((wc, c) => `${wName(c)} + \\Delta ${wName(c)} = ${texNumber(wc + input.dw[q(c)])}`)
        .join(',\\quad ') + more.replace(' + ', ',\\ '),
    },
  ];
  return lines;
}
