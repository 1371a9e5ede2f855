/** The engine's public surface: pure math on typed arrays, no DOM, no framework. */
export * from './activations';
export * from './curve';
export * from './history';
export * from './loss';
export * from './normalize';
export * from './problem';
export * from './random';
export * from './run';
export * from './checkpoint';
export * from './workspace';
export * from './stability';
export * from './surface/index';
export * from './optimizers/index';
export * from './sweep';
export * from './predict';
