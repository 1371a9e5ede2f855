/**
 * Activation functions f and their derivatives f′, kept together so that a
 * name saved in a URL maps to both (the pattern of TensorFlow Playground's nn.ts).
 * Pure math: this file imports nothing.
 */

/** The names an activation can be saved and shared under. */
export type ActivationName = 'sigmoid' | 'tanh' | 'linear' | 'relu' | 'leaky-relu' | 'softplus';

/** An activation f with its derivative f′, both of the net input h. */
export interface Activation {
  /** Human-readable name as shown in the UI. */
  readonly label: string;
  /** f(h) */
  f(h: number): number;
  /** f′(h) = df/dh */
  fPrime(h: number): number;
}

/** Slope of leaky ReLU for h < 0. */
export const LEAKY_SLOPE = 0.01;

/** σ(h) = 1 / (1 + e^(−h)), written so that neither branch overflows. */
export function sigmoid(h: number): number {
  if (h >= 0) return 1 / (1 + Math.exp(-h));
  const e = Math.exp(h);
  return e / (1 + e);
}

/** softplus(h) = ln(1 + e^h), stable for large |h|. */
export function softplus(h: number): number {
  return h > 0 ? h + Math.log1p(Math.exp(-h)) : Math.log1p(Math.exp(h));
}

/** Every activation by name. Derivatives at ReLU's kink take the right-hand value. */
export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: {
    label: 'sigmoid',
    f: sigmoid,
    fPrime: (h) => {
      const s = sigmoid(h);
      return s * (1 - s);
    },
  },
  tanh: {
    label: 'tanh',
    f: Math.tanh,
    fPrime: (h) => {
      const t = Math.tanh(h);
      return 1 - t * t;
    },
  },
  linear: {
    label: 'linear (identity)',
    f: (h) => h,
    fPrime: () => 1,
  },
  relu: {
    label: 'ReLU',
    f: (h) => (h > 0 ? h : 0),
    fPrime: (h) => (h >= 0 ? 1 : 0),
  },
  'leaky-relu': {
    label: 'leaky ReLU',
    f: (h) => (h > 0 ? h : LEAKY_SLOPE * h),
    fPrime: (h) => (h >= 0 ? 1 : LEAKY_SLOPE),
  },
  softplus: {
    label: 'softplus',
    f: softplus,
    fPrime: sigmoid,
  },
};

/** All activation names, in the order the UI lists them. */
export const ACTIVATION_NAMES: readonly ActivationName[] = [
  'sigmoid',
  'tanh',
  'linear',
  'relu',
  'leaky-relu',
  'softplus',
];

/** True when `name` is one of {@link ACTIVATION_NAMES}. */
export function isActivationName(name: string): name is ActivationName {
  return (ACTIVATION_NAMES as readonly string[]).includes(name);
}
