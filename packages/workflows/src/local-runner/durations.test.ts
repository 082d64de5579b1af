import { describe, expect, it } from 'vitest';

import { retryTime } from './backoff.ts';
import { parseTimeString, resolveDeadline } from './durations.ts';

const from = new Date('2026-01-01T00:00:00.000Z');

describe('durations', () => {
  it('reads the time strings the SDK sends', () => {
    expect(parseTimeString('1s')).toBe(1_000);
    expect(parseTimeString('2h30m10s')).toBe(9_010_000);
    expect(parseTimeString('1w1d')).toBe(691_200_000);
    expect(parseTimeString('250ms')).toBe(250);
    expect(parseTimeString('soon')).toBeUndefined();
    expect(parseTimeString('')).toBeUndefined();
  });

  it('turns durations and ISO dates into absolute deadlines', () => {
    expect(resolveDeadline('1h', from)).toEqual(new Date('2026-01-01T01:00:00.000Z'));
    expect(resolveDeadline('2026-02-01T10:00:00.000Z', from)).toEqual(
      new Date('2026-02-01T10:00:00.000Z'),
    );
    expect(resolveDeadline('tomorrow', from)).toBeUndefined();
  });

  it('backs off exponentially up to a cap, unless told when to retry', () => {
    const options = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
    expect(retryTime(0, from, options).getTime() - from.getTime()).toBe(1_000);
    expect(retryTime(2, from, options).getTime() - from.getTime()).toBe(4_000);
    expect(retryTime(5, from, options).getTime() - from.getTime()).toBe(5_000);
    const told = new Date('2026-01-01T00:10:00.000Z');
    expect(retryTime(0, from, options, told)).toEqual(told);
  });
});
