import { describe, expect, it } from 'vitest';

import { formatDuration } from './format-duration';

const s = 1000;
const min = 60 * s;
const h = 60 * min;

describe('formatDuration', () => {
  it('shows short spans in milliseconds and seconds', () => {
    expect(formatDuration(0)).toBe('0 ms');
    expect(formatDuration(349.6)).toBe('350 ms');
    expect(formatDuration(999)).toBe('999 ms');
    expect(formatDuration(1000)).toBe('1 s');
    expect(formatDuration(2_580)).toBe('2.5 s');
    expect(formatDuration(9_999)).toBe('9.9 s');
    expect(formatDuration(42_900)).toBe('42 s');
  });

  it('uses two units at most and leaves out a zero one', () => {
    expect(formatDuration(3 * min + 4 * s)).toBe('3 min 4 s');
    expect(formatDuration(3 * min)).toBe('3 min');
    expect(formatDuration(2 * h + 5 * min + 59 * s)).toBe('2 h 5 min');
    expect(formatDuration(2 * h)).toBe('2 h');
    expect(formatDuration(3 * 24 * h + 2 * h + 30 * min)).toBe('3 d 2 h');
    expect(formatDuration(7 * 24 * h)).toBe('7 d');
  });

  it('counts negative spans as zero and refuses non-numbers', () => {
    expect(formatDuration(-5)).toBe('0 ms');
    expect(() => formatDuration(Number.NaN)).toThrow(RangeError);
    expect(() => formatDuration(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
