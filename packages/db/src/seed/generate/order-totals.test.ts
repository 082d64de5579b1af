import { describe, expect, it } from 'vitest';
import { computeOrderTotals, shippingPrice } from './order-totals';

describe('computeOrderTotals', () => {
  it('keeps total = subtotal - discount + shipping + tax and allocates the discount exactly', () => {
    const totals = computeOrderTotals({
      lines: [
        { unitPrice: 3333, quantity: 1, costPrice: 1000 },
        { unitPrice: 1999, quantity: 3, costPrice: 700 },
      ],
      discountBps: 1000,
      shipping: 599,
      taxBps: 800,
    });
    expect(totals.subtotal).toBe(3333 + 5997);
    expect(totals.lines.reduce((sum, line) => sum + line.discountAmount, 0)).toBe(
      totals.discountTotal,
    );
    expect(totals.total).toBe(
      totals.subtotal - totals.discountTotal + totals.shippingTotal + totals.taxTotal,
    );
    expect(totals.profit).toBe(totals.subtotal - totals.discountTotal - (1000 + 2100));
    expect(totals.marginBps).toBe(
      Math.round((totals.profit * 10_000) / (totals.subtotal - totals.discountTotal)),
    );
  });

  it('multiplies the base rate by the tier and frees shipping from the threshold', () => {
    expect(
      shippingPrice({ baseRate: 600, freeOver: 5000, multiplierPermille: 1750, goodsValue: 4999 }),
    ).toBe(1050);
    expect(
      shippingPrice({ baseRate: 600, freeOver: 5000, multiplierPermille: 2500, goodsValue: 5000 }),
    ).toBe(0);
  });
});
