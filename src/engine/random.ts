/**
 * A small seeded pseudo-random generator, so that stochastic descent is
 * reproducible from its seed. Mulberry32 (Tommy Ettinger, public domain):
 * 32-bit state, period 2^32, good enough for shuffling records.
 */

/** A generator returning floats in [0, 1); `state` is its 32-bit state, read to save it and set to restore it. */
export interface Random {
  (): number;
  state: number;
}

/** Makes a generator from a 32-bit seed. */
export function createRandom(seed: number): Random {
  const next = (() => {
    next.state = (next.state + 0x6d2b79f5) >>> 0;
    let t = next.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }) as Random;
  next.state = seed >>> 0;
  return next;
}

/** Shuffles `order` in place (Fisher–Yates), drawing from `random`. */
export function shuffleInPlace(order: Uint32Array, random: Random): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
