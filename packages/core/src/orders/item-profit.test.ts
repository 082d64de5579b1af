import { describe, expect, it } from 'vitest';

import { itemProfit } from './item-profit.ts';
import { computeOrderCosts } from './order-costs.ts';

const goods = {
  quantity: 3,
  total: 6000,
  taxAmount: 0,
  costPrice: 1200,
  isLabour: false,
  hours: null,
  labourRate: null,
};

describe('itemProfit', () => {
  it('is the line total minus cost price times quantity', () => {
    expect(itemProfit(goods)).toEqual({ revenue: 6000, cost: 3600, profit: 2400, marginBps: 4000 });
  });

  it('leaves tax out of revenue', () => {
    expect(itemProfit({ ...goods, total: 6480, taxAmount: 480 }).profit).toBe(2400);
  });

  it('costs labour as hours times rate, ignoring costPrice', () => {
    const labour = { ...goods, quantity: 1, total: 15000, costPrice: 999, isLabour: true };
    expect(itemProfit({ ...labour, hours: 2.5, labourRate: 3000 })).toMatchObject({
      cost: 7500,
      profit: 7500,
      marginBps: 5000,
    });
  });

  it('has a zero margin and a negative profit for a free line with a cost', () => {
    expect(itemProfit({ ...goods, total: 0 })).toEqual({
      revenue: 0,
      cost: 3600,
      profit: -3600,
      marginBps: 0,
    });
  });

  it('adds up to the order profit when there is no shipping or order discount', () => {
    const items = [
      goods,
      { ...goods, quantity: 1, total: 15000, isLabour: true, hours: 2, labourRate: 2000 },
    ];
    const order = computeOrderCosts(items, 21000);
    const sum = items.reduce((total, item) => total + itemProfit(item).profit, 0);
    expect(sum).toBe(order.profit);
  });
});
