import { describe, expect, it } from 'vitest';

import { savingsPercent } from './product-price';

describe('savingsPercent', () => {
  it.each([
    [4900, 6900, 28],
    [5000, 10000, 50],
    [9999, 10000, 0],
    [5000, 5000, 0],
    [6000, 5000, 0],
    [5000, null, 0],
  ])('%d against %s saves %d%%', (price, compareAt, percent) => {
    expect(savingsPercent(price, compareAt)).toBe(percent);
  });
});
