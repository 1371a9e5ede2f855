/** What the optimizers are called for people: a short name, and a label with the hyper-parameters in use. */
import { optimizerParams, type OptimizerName, type OptimizerParams } from '../engine';

/** The short names a course uses. */
export const OPTIMIZER_TITLES: Record<OptimizerName, string> = {
  gd: 'gradient descent',
  momentum: 'momentum',
  nesterov: 'Nesterov',
  adagrad: 'AdaGrad',
  rmsprop: 'RMSProp',
  adam: 'Adam',
};

/** The name with its hyper-parameters (PyTorch's defaults, or those given), e.g. "momentum (μ = 0.9)". */
export function optimizerLabel(name: OptimizerName, given: Partial<OptimizerParams>): string {
  const p = optimizerParams(name, given);
  switch (name) {
    case 'momentum':
    case 'nesterov':
      return `${OPTIMIZER_TITLES[name]} (μ = ${p.mu})`;
    case 'rmsprop':
      return `RMSProp (α = ${p.alpha})`;
    case 'adam':
      return `Adam (β₁ = ${p.beta1}, β₂ = ${p.beta2})`;
    default:
      return OPTIMIZER_TITLES[name];
  }
}
