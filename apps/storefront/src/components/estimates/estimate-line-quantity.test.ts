import { describe, expect, it } from 'vitest';

import { lineQuantity } from './estimate-line-quantity';

const usd = { currency: 'USD', locale: 'en-US' };

describe('lineQuantity', () => {
  it('shows labour as hours at an hourly rate', () => {
    expect(lineQuantity({ kind: 'labour', quantity: 6.5, unitPrice: 7_500 }, usd)).toBe(
      '6.5 h × $75.00 per hour',
    );
  });

  it('shows materials and other lines as units at a unit price', () => {
    expect(lineQuantity({ kind: 'material', quantity: 12, unitPrice: 4_550 }, usd)).toBe(
      '12 × $45.50',
    );
    expect(lineQuantity({ kind: 'other', quantity: 1.25, unitPrice: 999 }, usd)).toBe(
      '1.25 × $9.99',
    );
  });

  it("writes quantity and money in the store's locale", () => {
    const text = lineQuantity(
      { kind: 'labour', quantity: 2.75, unitPrice: 6_000 },
      { currency: 'EUR', locale: 'de-DE' },
    );
    expect(text).toBe(
      `2,75 h × ${new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(60)} per hour`,
    );
  });
});
