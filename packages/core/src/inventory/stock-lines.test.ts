import { describe, expect, it } from 'vitest';

import { mergeStockLines } from './stock-lines.ts';

describe('mergeStockLines', () => {
  it('adds up lines of the same variant and orders them by variant id', () => {
    expect(
      mergeStockLines([
        { variantId: 'v2', quantity: 1 },
        { variantId: 'v1', quantity: 2 },
        { variantId: 'v2', quantity: 3 },
      ]),
    ).toEqual([
      { variantId: 'v1', quantity: 2 },
      { variantId: 'v2', quantity: 4 },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses a quantity of %s', (quantity) => {
    expect(() => mergeStockLines([{ variantId: 'v1', quantity }])).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    );
  });
});
