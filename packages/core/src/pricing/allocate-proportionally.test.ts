import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { allocateProportionally } from './allocate-proportionally.ts';
import { ratioHalfUp } from './rounding.ts';

describe('allocateProportionally', () => {
  it('splits by weight, giving leftover units to the largest remainders', () => {
    expect(allocateProportionally(100, [100, 100, 100])).toEqual([34, 33, 33]);
    expect(allocateProportionally(10, [1000, 3000])).toEqual([3, 7]); // 2.5 / 7.5: first tie wins
    expect(allocateProportionally(5, [0, 10])).toEqual([0, 5]);
  });

  it('never gives more than the weights hold, nor anything for nothing', () => {
    expect(allocateProportionally(500, [100, 200])).toEqual([100, 200]);
    expect(allocateProportionally(-5, [100])).toEqual([0]);
    expect(allocateProportionally(5, [])).toEqual([]);
  });

  it('sums exactly to the capped amount with every part within its weight (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 10 }),
        (amount, weights) => {
          const parts = allocateProportionally(amount, weights);
          const total = weights.reduce((sum, weight) => sum + weight, 0);
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(Math.min(amount, total));
          parts.forEach((part, index) => {
            expect(Number.isInteger(part)).toBe(true);
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(weights[index] ?? 0);
          });
        },
      ),
    );
  });
});

describe('ratioHalfUp', () => {
  it('rounds half up on whole numbers, exactly for large lines', () => {
    expect(ratioHalfUp(3598, 800, 10_000)).toBe(288); // 287.84
    expect(ratioHalfUp(25, 1, 10)).toBe(3); // 2.5
    expect(ratioHalfUp(24, 1, 10)).toBe(2);
    expect(ratioHalfUp(1_000_000_000 * 10_000, 10_000, 10_000)).toBe(10_000_000_000_000);
    expect(() => ratioHalfUp(1.5, 1, 1)).toThrow(RangeError);
  });
});
