import { describe, expect, it } from 'vitest';

import { estimateTotals, priceEstimateLine } from './estimate-lines.ts';

describe('priceEstimateLine', () => {
  it('prices materials from a markup over cost, rounding to the minor unit', () => {
    const line = priceEstimateLine(
      { kind: 'material', name: 'Oak board', quantity: 2.5, unitCost: 1333, markupBps: 2500 },
      0,
    );
    expect(line).toMatchObject({ unitPrice: 1666, total: 4165, costTotal: 3333, hours: null });
  });

  it('prices labour as hours x rate and keeps hours and rate', () => {
    const line = priceEstimateLine(
      { kind: 'labour', name: 'Fitting', quantity: 1.25, unitCost: 2000, unitPrice: 4000 },
      1,
    );
    expect(line).toMatchObject({
      total: 5000,
      costTotal: 2500,
      hours: 1.25,
      labourRate: 4000,
      position: 1,
    });
  });

  it('refuses fractional quantities on product lines and products on labour lines', () => {
    expect(() =>
      priceEstimateLine(
        {
          kind: 'material',
          variantId: 'v1',
          name: 'Shirt',
          quantity: 1.5,
          unitCost: 0,
          unitPrice: 1,
        },
        0,
      ),
    ).toThrow('Shirt is linked to a product, so its quantity must be whole');
    expect(() =>
      priceEstimateLine(
        {
          kind: 'labour',
          variantId: 'v1',
          name: 'Fitting',
          quantity: 1,
          unitCost: 0,
          unitPrice: 1,
        },
        0,
      ),
    ).toThrow('Labour lines cannot be linked to a product');
  });

  it('refuses amounts that would overflow', () => {
    expect(() =>
      priceEstimateLine(
        { kind: 'other', name: 'Crane', quantity: 100_000, unitCost: 0, unitPrice: 1_000_000_000 },
        0,
      ),
    ).toThrow('The amounts of Crane are too large');
  });
});

describe('estimateTotals', () => {
  it('adds sell totals and splits costs into materials and labour', () => {
    const lines = [
      priceEstimateLine(
        { kind: 'material', name: 'Fabric', quantity: 3, unitCost: 1000, unitPrice: 2000 },
        0,
      ),
      priceEstimateLine(
        { kind: 'labour', name: 'Sewing', quantity: 2, unitCost: 1500, unitPrice: 4500 },
        1,
      ),
      priceEstimateLine(
        { kind: 'other', name: 'Delivery', quantity: 1, unitCost: 500, unitPrice: 1000 },
        2,
      ),
    ];
    expect(estimateTotals(lines)).toEqual({
      subtotal: 16000,
      discountTotal: 0,
      taxTotal: 0,
      total: 16000,
      materialsCost: 3500,
      labourCost: 3000,
      totalCost: 6500,
      profit: 9500,
      marginBps: 5938,
    });
  });
});
