/**
 * Deterministic pseudo-random numbers for the demo seed. The same seed string always yields the
 * same sequence, so a re-run regenerates byte-identical plans and upserts find what exists.
 * Not for anything security-related.
 */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element; the array must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** `count` distinct elements in random order (fewer when the array is shorter). */
  sample<T>(items: readonly T[], count: number): T[];
  /** Picks by relative weight: `[[value, weight], ...]`. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/** FNV-1a: spreads a seed string over 32 bits so similar strings start far apart. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for plausible demo data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRng(seed: string): Rng {
  const next = mulberry32(hashSeed(seed));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    sample: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      // Partial Fisher-Yates: only the first `count` slots need shuffling.
      const wanted = Math.min(count, pool.length);
      for (let i = 0; i < wanted; i++) {
        const j = i + Math.floor(next() * (pool.length - i));
        const a = pool[i];
        const b = pool[j];
        if (a === undefined || b === undefined) break;
        pool[i] = b;
        pool[j] = a;
      }
      return pool.slice(0, wanted);
    },
    weighted: <T>(entries: readonly (readonly [T, number])[]): T => {
      const totalWeight = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * totalWeight;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      const last = entries.at(-1);
      if (!last) throw new Error('weighted() from an empty list');
      return last[0];
    },
  };
}
