/** The store's public surface. */
export * from './limits';
export * from './presets';
export * from './problemInput';
export * from './snapshot';
export * from './store';
export * from './types';
export * from './context';
export * from './csvFormat';
export * from './derived';
export * from './playLoop';
export * from './frames';
export * from './useFrames';
export * from './initialState';
export * from './presetState';
export * from './rules';
export * from './plotWindow';
export * from './scenes';
