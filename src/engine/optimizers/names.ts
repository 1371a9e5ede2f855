/**
 * The optimizers a run can use to turn the gradient of a step's records into Δw:
 * plain gradient descent and the adaptive rules of PyTorch's torch.optim
 * (https://pytorch.org/docs/stable/optim.html). The rules are in rules.ts.
 */

/**
 * gd: Δw = −η g; momentum and nesterov: torch.optim.SGD with momentum μ (nesterov=True
 * for the second); adagrad, rmsprop, adam: torch.optim.Adagrad, RMSprop, Adam.
 */
export type OptimizerName = 'gd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/** All optimizer names, plain gradient descent (the default) first. */
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['gd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];

/** True when `name` is an {@link OptimizerName}. */
export function isOptimizerName(name: string): name is OptimizerName {
  return (OPTIMIZER_NAMES as readonly string[]).includes(name);
}
