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
  /**
   * f′(h) = df/dh. `y`, when given, must be f(h): activations whose derivative is
   * a function of their output (σ′ = σ(1 − σ), tanh′ = 1 − tanh²) use it instead of
   * evaluating f again, which saves an exp per record in the forward pass.
   */
  fPrime(h: number, y?: number): number;
}

/** Slope of leaky ReLU for h < 0. */
export const LEAKY_SLOPE = 0.01;

/**
 * σ(h) = 1 / (1 + e^(−h)). No branch is needed for stability: for h < −709 e^(−h)
 * overflows to ∞ and 1/(1 + ∞) = 0, the correct limit, and 1 + e^(−h) rounds with
 * relative error ≤ 2⁻⁵³, so the left tail keeps full relative precision.
 */
export function sigmoid(h: number): number {
  return 1 / (1 + Math.exp(-h));
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
    fPrime: (h, s = sigmoid(h)) => s * (1 - s),
  },
  tanh: {
    label: 'tanh',
    f: Math.tanh,
    fPrime: (h, t = Math.tanh(h)) => 1 - t * t,
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
