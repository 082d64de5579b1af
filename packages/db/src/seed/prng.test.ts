import { describe, expect, it } from 'vitest';
import { createRng, hashSeed, mulberry32 } from './prng';

describe('seed PRNG', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createRng('tech-gadgets:orders');
    const b = createRng('tech-gadgets:orders');
    const draw = (rng: typeof a) => Array.from({ length: 50 }, () => rng.int(0, 1_000_000));
    expect(draw(a)).toEqual(draw(b));
  });

  it('gives different seeds different sequences', () => {
    const a = createRng('demo-store');
    const b = createRng('fashion-boutique');
    expect(Array.from({ length: 5 }, () => a.next())).not.toEqual(
      Array.from({ length: 5 }, () => b.next()),
    );
  });

  it('stays in range and is roughly uniform', () => {
    const next = mulberry32(hashSeed('uniform'));
    const buckets = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const value = next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 4)]! += 1;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850);
  });

  it('samples distinct items and honours weights', () => {
    const rng = createRng('sample');
    const picked = rng.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(picked).size).toBe(4);
    const counts = { rare: 0, common: 0 };
    for (let i = 0; i < 2000; i++)
      counts[
        rng.weighted([
          ['rare', 1],
          ['common', 9],
        ] as const)
      ] += 1;
    expect(counts.common).toBeGreaterThan(counts.rare * 5);
  });

  it('pins the first values so a changed algorithm is noticed (it would reshuffle the demo)', () => {
    const rng = createRng('storeloom');
    const first = Array.from({ length: 3 }, () => rng.int(0, 999));
    expect(first).toEqual([735, 346, 347]);
  });
});
