/**
 * The store tests' independent numbers: the bowl preset written out again (so no
 * test reads it from the app), its E and Δw computed by hand from the rule, and
 * small helpers to read a store.
 */
import type { AppStore } from '../../src/store';

/** The bowl preset. */
export const BOWL_X = [0.5, 1, 1.5, 2];
export const BOWL_Y = [1.1, 1.9, 3.2, 3.9];
export const BOWL_W0 = -1;
export const BOWL_ETA = 0.1;

export const sigma = (h: number): number => 1 / (1 + Math.exp(-h));
export const linear = (h: number): number => h;

/** Δw = η Σ_μ (y^μ − f(w x^μ)) f′(w x^μ) x^μ for one weight, batch mode. */
export function bowlDw(w: number, eta: number, f: (h: number) => number = linear, fPrime: (h: number) => number = () => 1): number {
  let sum = 0;
  for (let mu = 0; mu < BOWL_X.length; mu++) {
    const h = w * BOWL_X[mu];
    sum += (BOWL_Y[mu] - f(h)) * fPrime(h) * BOWL_X[mu];
  }
  return eta * sum;
}

/** E = ½ Σ_μ (y^μ − f(w x^μ))². */
export function bowlE(w: number, f: (h: number) => number = linear): number {
  let sum = 0;
  for (let mu = 0; mu < BOWL_X.length; mu++) sum += (BOWL_Y[mu] - f(w * BOWL_X[mu])) ** 2;
  return 0.5 * sum;
}

/** Every number anywhere inside `value` (arrays and plain objects walked). */
export function numbersIn(value: unknown, path = 'snapshot', out: { path: string; v: number }[] = []): { path: string; v: number }[] {
  if (typeof value === 'number') out.push({ path, v: value });
  else if (Array.isArray(value)) value.forEach((v, q) => numbersIn(v, `${path}[${q}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

/** The newest notice of `store`. */
export function lastNotice(store: AppStore) {
  const { notices } = store.getState();
  return notices[notices.length - 1];
}

