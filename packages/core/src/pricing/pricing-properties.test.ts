import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { quoteTieredShipping } from '@storeloom/shipping';
import { defaultShippingTiers } from '@storeloom/validators';

import type { DiscountCandidate } from '../discounts/discount-candidate.ts';
import { evaluateDiscounts } from '../discounts/evaluate-discounts.ts';
import type { PricedCheckout } from './priced-checkout.ts';
import { type PricingLineInput, settleCheckout } from './settle-checkout.ts';

const productIds = ['p1', 'p2', 'p3'];
const categoryPaths = ['/c1/', '/c1/c2/', '/c3/'];

const lineArbitrary = fc.record({
  productId: fc.constantFrom(...productIds),
  categoryPath: fc.constantFrom(...categoryPaths),
  unitPrice: fc.integer({ min: 0, max: 1_000_000 }),
  quantity: fc.integer({ min: 1, max: 50 }),
  weightGrams: fc.integer({ min: 0, max: 20_000 }),
});

const discountArbitrary = fc
  .record({
    kind: fc.constantFrom('percentage', 'fixed_amount', 'free_shipping'),
    method: fc.constantFrom('code', 'automatic'),
    percentage: fc.integer({ min: 1, max: 10_000 }),
    fixed: fc.integer({ min: 1, max: 5_000_000 }),
    scope: fc.constantFrom('all', 'products', 'categories'),
    productIds: fc.subarray(productIds),
    categoryPaths: fc.subarray(['/c1/', '/c3/']),
    minSubtotal: fc.option(fc.integer({ min: 0, max: 500_000 })),
    combinesWithDiscounts: fc.boolean(),
    combinesWithShipping: fc.boolean(),
  })
  .map((d): Omit<DiscountCandidate, 'id' | 'code'> => ({
    title: 'Generated',
    method: d.method,
    kind: d.kind,
    value: d.kind === 'percentage' ? d.percentage : d.kind === 'fixed_amount' ? d.fixed : 0,
    currency: 'USD',
    scope: d.scope,
    productIds: d.productIds,
    categoryPaths: d.categoryPaths,
    minSubtotal: d.minSubtotal,
    startsAt: null,
    endsAt: null,
    isActive: true,
    usageLimit: null,
    usageCount: 0,
    perCustomerLimit: null,
    customerUsageCount: null,
    combinesWithDiscounts: d.combinesWithDiscounts,
    combinesWithShipping: d.combinesWithShipping,
  }));

const scenarioArbitrary = fc.record({
  lines: fc.array(lineArbitrary, { minLength: 1, maxLength: 6 }),
  discounts: fc.array(discountArbitrary, { maxLength: 4 }),
  shippingPrice: fc.option(fc.integer({ min: 0, max: 100_000 })),
  tierCode: fc.constantFrom(null, 'standard', 'express', 'premium'),
  taxRateBps: fc.option(fc.integer({ min: 0, max: 5_000 })),
  taxesShipping: fc.boolean(),
  pricesIncludeTax: fc.boolean(),
});

type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

function run(scenario: Scenario): PricedCheckout {
  const lines: PricingLineInput[] = scenario.lines.map((line, index) => ({
    variantId: `v${index}`,
    productId: line.productId,
    productTitle: 'Product',
    variantTitle: 'Default',
    sku: `SKU-${index}`,
    quantity: line.quantity,
    unitPrice: line.unitPrice,
    costPrice: 0,
    weightGrams: line.weightGrams,
  }));
  const candidates = scenario.discounts.map((discount, index) => ({
    ...discount,
    id: `d${index}`,
    code: discount.method === 'code' ? `CODE${index}` : null,
  }));
  const discounts = evaluateDiscounts({
    lines: scenario.lines.map((line) => ({
      productId: line.productId,
      categoryPaths: [line.categoryPath],
      subtotal: line.unitPrice * line.quantity,
    })),
    candidates,
    enteredCodes: candidates.flatMap((candidate) => (candidate.code ? [candidate.code] : [])),
    currency: 'USD',
    now: new Date('2030-01-01T00:00:00Z'),
  });
  const subtotal = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const discounted = subtotal - discounts.lineDiscounts.reduce((sum, amount) => sum + amount, 0);
  const shippingOptions =
    scenario.shippingPrice === null
      ? []
      : quoteTieredShipping(
          {
            zones: [
              {
                id: 'z',
                name: 'Everywhere',
                countries: ['*'],
                regions: [],
                position: 0,
                rates: [
                  {
                    id: 'r',
                    name: 'Base',
                    basis: 'flat',
                    minValue: null,
                    maxValue: null,
                    price: scenario.shippingPrice,
                    currency: 'USD',
                    isActive: true,
                  },
                ],
              },
            ],
            tiers: defaultShippingTiers.map((tier) => ({ ...tier, isEnabled: true })),
          },
          {
            destination: { country: 'US' },
            currency: 'USD',
            weightGrams: 0,
            orderValue: discounted,
          },
        );
  return settleCheckout({
    currency: 'USD',
    pricesIncludeTax: scenario.pricesIncludeTax,
    lines,
    discounts,
    shippingOptions,
    shippingUnavailableReason: null,
    tierCode: shippingOptions.length > 0 ? scenario.tierCode : null,
    taxRate:
      scenario.taxRateBps === null
        ? null
        : { rateBps: scenario.taxRateBps, appliesToShipping: scenario.taxesShipping },
  });
}

describe('checkout totals (property)', () => {
  it('keep the identity, stay non-negative and whole, and allocate discounts exactly', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const priced = run(scenario);
        const amounts = [
          priced.subtotal,
          priced.discountTotal,
          priced.shippingTotal,
          priced.taxTotal,
          priced.total,
          ...priced.lines.flatMap((l) => [l.subtotal, l.discountAmount, l.taxAmount, l.total]),
          ...priced.appliedDiscounts.map((d) => d.amount),
          ...priced.shippingOptions.map((o) => o.price),
        ];
        for (const amount of amounts) {
          expect(Number.isSafeInteger(amount)).toBe(true);
          expect(amount).toBeGreaterThanOrEqual(0);
        }
        expect(priced.total).toBe(
          priced.subtotal -
            priced.discountTotal +
            priced.shippingTotal +
            (priced.pricesIncludeTax ? 0 : priced.taxTotal),
        );
        const allocated = priced.lines.reduce((sum, line) => sum + line.discountAmount, 0);
        expect(allocated).toBe(priced.discountTotal);
        const orderDiscounts = priced.appliedDiscounts
          .filter((d) => d.kind !== 'free_shipping')
          .reduce((sum, d) => sum + d.amount, 0);
        expect(orderDiscounts).toBe(priced.discountTotal);
        for (const line of priced.lines) {
          expect(line.discountAmount).toBeLessThanOrEqual(line.subtotal);
          expect(line.total).toBe(
            line.subtotal - line.discountAmount + (priced.pricesIncludeTax ? 0 : line.taxAmount),
          );
          if (priced.pricesIncludeTax) {
            expect(line.taxAmount).toBeLessThanOrEqual(line.subtotal - line.discountAmount);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never let a non-combinable discount share the cart with another', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const priced = run(scenario);
        const orderLevel = priced.appliedDiscounts.filter((d) => d.kind !== 'free_shipping');
        if (orderLevel.length > 1) {
          for (const applied of orderLevel) {
            const source = scenario.discounts[Number(applied.discountId.slice(1))];
            expect(source?.combinesWithDiscounts).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
