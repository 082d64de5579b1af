import { describe, expect, it } from 'vitest';

import type { DiscountCandidate } from './discount-candidate.ts';
import { evaluateDiscounts } from './evaluate-discounts.ts';

const now = new Date('2030-06-01T12:00:00Z');

function discount(code: string | null, overrides: Partial<DiscountCandidate>): DiscountCandidate {
  return {
    id: code ?? 'auto',
    title: code ?? 'Automatic',
    method: code ? 'code' : 'automatic',
    code,
    kind: 'percentage',
    value: 1000,
    currency: 'USD',
    scope: 'all',
    productIds: [],
    categoryPaths: [],
    minSubtotal: null,
    startsAt: null,
    endsAt: null,
    isActive: true,
    usageLimit: null,
    usageCount: 0,
    perCustomerLimit: null,
    customerUsageCount: null,
    combinesWithDiscounts: false,
    combinesWithShipping: true,
    ...overrides,
  };
}

const lines = [
  { productId: 'shirt', categoryPaths: ['/clothes/tops/'], subtotal: 3000 },
  { productId: 'mug', categoryPaths: ['/home/'], subtotal: 1000 },
];

const evaluate = (candidates: DiscountCandidate[], codes: string[]) =>
  evaluateDiscounts({ lines, candidates, enteredCodes: codes, currency: 'USD', now });

describe('evaluateDiscounts', () => {
  it('spreads a discount over the lines in proportion to their subtotals', () => {
    const result = evaluate([discount('TAKE5', { kind: 'fixed_amount', value: 500 })], ['take5']);
    expect(result.lineDiscounts).toEqual([375, 125]);
    expect(result.applied).toEqual([
      { discountId: 'TAKE5', code: 'TAKE5', title: 'TAKE5', kind: 'fixed_amount', amount: 500 },
    ]);
  });

  it('limits a scoped discount to its products or category subtree', () => {
    const byCategory = discount('TOPS', { scope: 'categories', categoryPaths: ['/clothes/'] });
    const byProduct = discount('MUGS', { scope: 'products', productIds: ['mug'], value: 5000 });
    expect(evaluate([byCategory], ['TOPS']).lineDiscounts).toEqual([300, 0]);
    expect(evaluate([byProduct], ['MUGS']).lineDiscounts).toEqual([0, 500]);
  });

  it('picks the better choice when a discount does not combine, and names the winner', () => {
    const welcome = discount('WELCOME10', {});
    const summer = discount('SUMMER5', { kind: 'fixed_amount', value: 500 });
    const result = evaluate([welcome, summer], ['WELCOME10', 'SUMMER5']);
    expect(result.applied.map((d) => d.code)).toEqual(['SUMMER5']);
    expect(result.rejected).toEqual([
      { code: 'WELCOME10', reason: 'WELCOME10 cannot be combined with SUMMER5' },
    ]);
  });

  it('prefers the combined set when it saves more than any single discount', () => {
    const a = discount('A', { combinesWithDiscounts: true });
    const b = discount('B', { combinesWithDiscounts: true, kind: 'fixed_amount', value: 100 });
    const c = discount('C', { value: 1200 });
    const result = evaluate([a, b, c], ['A', 'B', 'C']);
    expect(result.applied.map((d) => [d.code, d.amount])).toEqual([
      ['A', 400],
      ['B', 100],
    ]);
    expect(result.rejected).toEqual([{ code: 'C', reason: 'C cannot be combined with A' }]);
  });

  it('never discounts a line below zero when discounts stack past the price', () => {
    const half = discount('HALF', { value: 6000, combinesWithDiscounts: true });
    const more = discount('MORE', { value: 6000, combinesWithDiscounts: true });
    const result = evaluate([half, more], ['HALF', 'MORE']);
    expect(result.lineDiscounts).toEqual([3000, 1000]);
    expect(result.applied.map((d) => d.amount)).toEqual([2400, 1600]);
  });

  it('adds free shipping only when the order discounts combine with shipping', () => {
    const ship = discount('SHIP', { kind: 'free_shipping', value: 0 });
    const solo = discount('SOLO', { combinesWithShipping: false });
    expect(evaluate([ship], ['SHIP']).freeShipping?.code).toBe('SHIP');
    const conflict = evaluate([ship, solo], ['SHIP', 'SOLO']);
    expect(conflict.freeShipping).toBeNull();
    expect(conflict.rejected).toEqual([
      { code: 'SHIP', reason: 'SHIP cannot be combined with SOLO' },
    ]);
  });

  it('applies eligible automatic discounts and silently skips the others', () => {
    const automatic = discount(null, { kind: 'fixed_amount', value: 200 });
    const expired = discount(null, { id: 'old', endsAt: new Date('2030-01-01T00:00:00Z') });
    const result = evaluate([automatic, expired], []);
    expect(result.applied.map((d) => d.discountId)).toEqual(['auto']);
    expect(result.rejected).toEqual([]);
  });

  it('refuses a fixed amount in another currency and a code with nothing in scope', () => {
    const euros = discount('EURO', { kind: 'fixed_amount', value: 100, currency: 'EUR' });
    const none = discount('NONE', { scope: 'products', productIds: ['lamp'] });
    expect(evaluate([euros, none], ['EURO', 'NONE']).rejected).toEqual([
      { code: 'EURO', reason: 'EURO cannot be used with prices in USD' },
      { code: 'NONE', reason: 'NONE does not apply to anything in your cart' },
    ]);
  });
});
