/**
 * The math panel's update for an optimizer other than plain gradient descent
 * (PyTorch's rules), with the numbers of the pending step for one weight: how
 * the optimizer's state moves with this step's gradient g = ∂E/∂w, and the
 * step Δw it gives. The state shown is the one after the steps taken; the
 * arrows (←) give its value after the pending step.
 */
import { optimizerParams, type OptimizerName, type OptimizerParams } from '../../engine';
import type { OptimizerValues } from '../../store';
import { texNumber } from './tex';

/** What one weight's update is written from. */
export interface OptimizerTexInput {
  name: Exclude<OptimizerName, 'gd'>;
  params: Partial<OptimizerParams>;
  eta: number;
  /** The pending step's gradient and Δw for this weight, and the optimizer's state before it. */
  g: number;
  dw: number;
  state: OptimizerValues;
  q: number;
  /** The weight's name in TeX (w_1, w_{12}). */
  w: string;
}

const n = (v: number) => texNumber(v);
/** A number in parentheses when negative, for products. */
const f = (v: number) => (v < 0 ? `(${n(v)})` : n(v));

/** TeX lines of the update for one weight: the state's update, then Δw. */
export function optimizerTex(input: OptimizerTexInput): string[] {
  const p = optimizerParams(input.name, input.params);
  const { g, dw, eta, q, w } = input;
  const v = input.state.v?.[q] ?? 0;
  const s = input.state.s?.[q] ?? 0;
  const m = input.state.m?.[q] ?? 0;
  const g2 = `\\left(\\tfrac{\\partial E}{\\partial ${w}}\\right)^2`;
  const dE = `\\tfrac{\\partial E}{\\partial ${w}}`;
  switch (input.name) {
    case 'momentum': {
      const v1 = p.mu * v + g;
      return [`v \\leftarrow \\mu v + ${dE} = ${n(p.mu)} \\cdot ${f(v)} + ${f(g)} = ${n(v1)}`, `\\Delta ${w} = -\\eta\\, v = -${n(eta)} \\cdot ${f(v1)} = ${n(dw)}`];
    }
    case 'nesterov': {
      const v1 = p.mu * v + g;
      return [
        `v \\leftarrow \\mu v + ${dE} = ${n(p.mu)} \\cdot ${f(v)} + ${f(g)} = ${n(v1)}`,
        `\\Delta ${w} = -\\eta\\,(${dE} + \\mu v) = -${n(eta)} \\cdot (${f(g)} + ${n(p.mu)} \\cdot ${f(v1)}) = ${n(dw)}`,
      ];
    }
    case 'adagrad': {
      const s1 = s + g * g;
      return [`s \\leftarrow s + ${g2} = ${n(s)} + ${f(g)}^2 = ${n(s1)}`, `\\Delta ${w} = -\\eta\\, \\frac{${dE}}{\\sqrt{s} + \\varepsilon} = -${n(eta)} \\cdot \\frac{${n(g)}}{\\sqrt{${n(s1)}} + ${n(p.eps)}} = ${n(dw)}`];
    }
    case 'rmsprop': {
      const s1 = p.alpha * s + (1 - p.alpha) * g * g;
      return [
        `s \\leftarrow \\alpha s + (1 - \\alpha)${g2} = ${n(p.alpha)} \\cdot ${n(s)} + ${n(1 - p.alpha)} \\cdot ${f(g)}^2 = ${n(s1)}`,
        `\\Delta ${w} = -\\eta\\, \\frac{${dE}}{\\sqrt{s} + \\varepsilon} = -${n(eta)} \\cdot \\frac{${n(g)}}{\\sqrt{${n(s1)}} + ${n(p.eps)}} = ${n(dw)}`,
      ];
    }
    case 'adam': {
      const t = input.state.t + 1;
      const m1 = p.beta1 * m + (1 - p.beta1) * g;
      const v1 = p.beta2 * v + (1 - p.beta2) * g * g;
      const mh = m1 / (1 - p.beta1 ** t);
      const vh = v1 / (1 - p.beta2 ** t);
      return [
        `m \\leftarrow \\beta_1 m + (1 - \\beta_1)${dE} = ${n(m1)}, \\quad v \\leftarrow \\beta_2 v + (1 - \\beta_2)${g2} = ${n(v1)}, \\quad t = ${t}`,
        `\\Delta ${w} = -\\eta\\, \\frac{\\hat m}{\\sqrt{\\hat v} + \\varepsilon}, \\ \\hat m = \\frac{m}{1 - \\beta_1^{t}} = ${n(mh)}, \\ \\hat v = \\frac{v}{1 - \\beta_2^{t}} = ${n(vh)}: \\ \\Delta ${w} = ${n(dw)}`,
      ];
    }
  }
}
