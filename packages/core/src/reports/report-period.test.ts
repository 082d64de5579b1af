import { describe, expect, it } from 'vitest';

import { assertBucketCount, previousPeriod } from './report-period.ts';

describe('report periods', () => {
  it('compares with the period of equal length just before', () => {
    const period = { from: new Date('2026-03-10T00:00:00Z'), to: new Date('2026-03-17T00:00:00Z') };
    expect(previousPeriod(period)).toEqual({
      from: new Date('2026-03-03T00:00:00Z'),
      to: new Date('2026-03-10T00:00:00Z'),
    });
  });

  it('allows about 1000 buckets of each granularity', () => {
    const from = new Date('2020-01-01T00:00:00Z');
    const days = (n: number) => new Date(from.getTime() + n * 86_400_000);
    expect(() => assertBucketCount({ from, to: days(990) }, 'day')).not.toThrow();
    expect(() => assertBucketCount({ from, to: days(1000) }, 'day')).toThrow(/shorter period/);
    expect(() => assertBucketCount({ from, to: days(1000) }, 'week')).not.toThrow();
    expect(() => assertBucketCount({ from, to: days(27_000) }, 'month')).not.toThrow();
    expect(() => assertBucketCount({ from, to: days(28_000) }, 'month')).toThrow();
  });
});
