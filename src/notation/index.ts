/** How the math is written for people: numbers, weight labels and the names of the parts of a step. Imports only the engine. */
export * from './format';
export * from './stages';
export * from './weightLabels';
export * from './statusWord';
export * from './optimizerNames';
