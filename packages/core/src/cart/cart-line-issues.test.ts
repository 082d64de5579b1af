import { describe, expect, it } from 'vitest';

import { type CartLineFacts, cartLineIssues } from './cart-line-issues.ts';

const line: CartLineFacts = {
  label: 'Linen Shirt (M)',
  quantity: 3,
  seenUnitPrice: 2000,
  unitPrice: 2000,
  currency: 'USD',
  productActive: true,
  available: 10,
};

describe('cartLineIssues', () => {
  it('has nothing to say about an unchanged line in stock', () => {
    expect(cartLineIssues(line)).toEqual([]);
  });

  it('reports a price change with both prices, without blocking', () => {
    expect(cartLineIssues({ ...line, unitPrice: 1800 })).toEqual([
      {
        code: 'price_changed',
        message: 'The price of Linen Shirt (M) changed from $20.00 to $18.00',
        blocking: false,
      },
    ]);
  });

  it('blocks a line above the stock left, and an out-of-stock one', () => {
    expect(cartLineIssues({ ...line, available: 2 })).toEqual([
      { code: 'insufficient_stock', message: 'Only 2 left of Linen Shirt (M)', blocking: true },
    ]);
    expect(cartLineIssues({ ...line, available: 0 })[0]).toMatchObject({
      code: 'out_of_stock',
      message: 'Linen Shirt (M) is out of stock',
    });
  });

  it('ignores stock when it is not limited', () => {
    expect(cartLineIssues({ ...line, available: null, quantity: 999 })).toEqual([]);
  });

  it('says only that an inactive product is unavailable', () => {
    expect(cartLineIssues({ ...line, productActive: false, unitPrice: 1 })).toEqual([
      { code: 'unavailable', message: 'Linen Shirt (M) is no longer available', blocking: true },
    ]);
  });
});
