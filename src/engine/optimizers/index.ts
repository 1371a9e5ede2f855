/** Optimizers: names, hyper-parameters, per-run state and PyTorch's update rules. */
export * from './names';
export * from './params';
export * from './state';
export * from './rules';
