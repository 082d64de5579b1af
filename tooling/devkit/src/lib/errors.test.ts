import { describe, expect, it } from 'vitest';
import { oneLineReason } from './errors';

describe('oneLineReason', () => {
  it('keeps the first line of a message', () => {
    expect(oneLineReason(new Error('first\n    at somewhere (file.ts:1:1)'))).toBe('first');
  });

  it('joins a heading that ends in a colon with its details', () => {
    expect(
      oneLineReason(
        new Error('Invalid auth environment variables:\n  AUTH_SECRET: too short\n  X: bad'),
      ),
    ).toBe('Invalid auth environment variables: AUTH_SECRET: too short; X: bad');
  });

  it('copes with non-errors and empty messages', () => {
    expect(oneLineReason('plain')).toBe('plain');
    expect(oneLineReason(new TypeError(''))).toBe('TypeError');
  });
});
