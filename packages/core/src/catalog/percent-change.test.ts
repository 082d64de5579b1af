import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { applyPercentBps } from './percent-change.ts';

describe('applyPercentBps', () => {
  it('rounds half up to whole minor units', () => {
    expect(applyPercentBps(1999, 1000)).toBe(2199); // 2198.9
    expect(applyPercentBps(1000, 5)).toBe(1001); // 1000.5
    expect(applyPercentBps(1000, 4)).toBe(1000); // 1000.4
    expect(applyPercentBps(2500, -2500)).toBe(1875);
  });

  it('keeps prices at the bounds sensible', () => {
    expect(applyPercentBps(1000, -9000)).toBe(100);
    expect(applyPercentBps(1000, 100_000)).toBe(11_000);
    expect(applyPercentBps(0, 5000)).toBe(0);
    expect(applyPercentBps(1, -9000)).toBe(0); // 0.1
  });

  it('never goes below zero and moves in the direction of the change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: -9000, max: 100_000 }),
        (amount, bps) => {
          const result = applyPercentBps(amount, bps);
          expect(Number.isSafeInteger(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
          if (bps >= 0) expect(result).toBeGreaterThanOrEqual(amount);
          else expect(result).toBeLessThanOrEqual(amount);
          expect(Math.abs(result * 10_000 - amount * (10_000 + bps))).toBeLessThanOrEqual(5_000);
        },
      ),
    );
  });
});
