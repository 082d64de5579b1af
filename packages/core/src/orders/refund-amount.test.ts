import { describe, expect, it } from 'vitest';

import { resolveRefundAmount } from './refund-amount.ts';

const context = {
  currency: 'USD',
  shippingTotal: 500,
  items: [
    { id: 'line-a', name: 'Linen Shirt', total: 5000 },
    { id: 'line-b', name: 'Wool Scarf', total: 1500 },
  ],
  fullAmount: 7000,
};

describe('resolveRefundAmount', () => {
  it('gives the full amount for a full refund', () => {
    expect(resolveRefundAmount({ full: true }, context)).toBe(7000);
  });

  it('adds a free amount, line amounts and shipping', () => {
    expect(
      resolveRefundAmount(
        { amount: 100, items: [{ orderItemId: 'line-b', amount: 1500 }], shipping: 500 },
        context,
      ),
    ).toBe(2100);
  });

  it('refuses more than a line or the shipping cost', () => {
    expect(() =>
      resolveRefundAmount({ items: [{ orderItemId: 'line-b', amount: 1501 }] }, context),
    ).toThrow('At most $15.00 can be refunded for Wool Scarf');
    expect(() => resolveRefundAmount({ shipping: 501 }, context)).toThrow(
      'At most $5.00 of shipping can be refunded',
    );
  });

  it('refuses a line of another order, nothing at all, and full mixed with amounts', () => {
    expect(() =>
      resolveRefundAmount({ items: [{ orderItemId: 'elsewhere', amount: 1 }] }, context),
    ).toThrow('Order item not found');
    expect(() => resolveRefundAmount({ amount: 0 }, context)).toThrow('Enter an amount to refund');
    expect(() => resolveRefundAmount({ full: true, amount: 5 }, context)).toThrow(
      'Choose a full refund or amounts, not both',
    );
  });
});
