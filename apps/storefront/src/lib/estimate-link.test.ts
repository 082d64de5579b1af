import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';

import { estimatePdfPath, isEstimateTokenShape } from './estimate-link';

describe('isEstimateTokenShape', () => {
  it('accepts the base64url tokens the store sends', () => {
    expect(isEstimateTokenShape(randomBytes(32).toString('base64url'))).toBe(true);
    expect(isEstimateTokenShape('a-b_C9')).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['too long', 'x'.repeat(129)],
    ['escaped', 'bad%20token'],
    ['with a slash', 'a/b'],
    ['padded base64', 'abc='],
  ])('refuses a token that is %s', (_why, token) => {
    expect(isEstimateTokenShape(token)).toBe(false);
  });
});

describe('estimatePdfPath', () => {
  it('sits beside the estimate page', () => {
    expect(estimatePdfPath('tok')).toBe('/estimates/tok/pdf');
  });
});
