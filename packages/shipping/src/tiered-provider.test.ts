import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { cheapestBaseRate } from './base-rate.ts';
import { matchShippingZone } from './match-zone.ts';
import { tierPrice } from './tier-price.ts';
import { createTieredShippingProvider, quoteTieredShipping } from './tiered-provider.ts';
import type {
  ShippingRateDefinition,
  ShippingTierDefinition,
  ShippingZoneDefinition,
} from './types.ts';

const rate = (overrides: Partial<ShippingRateDefinition>): ShippingRateDefinition => ({
  id: 'rate',
  name: 'Rate',
  basis: 'flat',
  minValue: null,
  maxValue: null,
  price: 500,
  currency: 'USD',
  isActive: true,
  ...overrides,
});

const zone = (overrides: Partial<ShippingZoneDefinition>): ShippingZoneDefinition => ({
  id: 'zone',
  name: 'Zone',
  countries: ['US'],
  regions: [],
  position: 0,
  rates: [rate({})],
  ...overrides,
});

const tiers: ShippingTierDefinition[] = [
  {
    code: 'premium',
    name: 'Premium',
    multiplierPermille: 2500,
    deliveryDaysMin: 1,
    deliveryDaysMax: 1,
    isEnabled: true,
    position: 2,
  },
  {
    code: 'standard',
    name: 'Standard',
    multiplierPermille: 1000,
    deliveryDaysMin: 3,
    deliveryDaysMax: 5,
    isEnabled: true,
    position: 0,
  },
  {
    code: 'express',
    name: 'Express',
    multiplierPermille: 1750,
    deliveryDaysMin: 1,
    deliveryDaysMax: 2,
    isEnabled: true,
    position: 1,
  },
];

const order = { weightGrams: 1200, orderValue: 4500 };

describe('matchShippingZone', () => {
  const zones = [
    zone({ id: 'world', countries: ['*'], position: 0 }),
    zone({ id: 'us', countries: ['US'], position: 1 }),
    zone({ id: 'west', countries: ['US'], regions: ['CA', 'OR'], position: 2 }),
  ];

  it('takes the first zone by position', () => {
    expect(matchShippingZone(zones, { country: 'us', region: 'NY' })?.id).toBe('world');
    expect(matchShippingZone(zones.slice(1), { country: 'US' })?.id).toBe('us');
  });

  it('lets a zone with regions beat one covering the whole country', () => {
    expect(matchShippingZone(zones, { country: 'US', region: 'ca' })?.id).toBe('west');
  });

  it('matches a region zone only inside its regions', () => {
    expect(matchShippingZone([zones[2] as ShippingZoneDefinition], { country: 'US' })).toBeNull();
    expect(matchShippingZone(zones.slice(1), { country: 'FR' })).toBeNull();
  });
});

describe('cheapestBaseRate', () => {
  it('takes the cheapest applicable rate, bands being [min, max)', () => {
    const rates = [
      rate({ id: 'light', basis: 'weight', minValue: 0, maxValue: 1000, price: 300 }),
      rate({ id: 'heavy', basis: 'weight', minValue: 1000, maxValue: null, price: 900 }),
      rate({ id: 'big-order', basis: 'order_value', minValue: 5000, price: 0 }),
      rate({ id: 'flat', price: 700 }),
      rate({ id: 'off', price: 1, isActive: false }),
      rate({ id: 'euro', price: 2, currency: 'EUR' }),
    ];
    expect(cheapestBaseRate(rates, order, 'USD')?.id).toBe('flat');
    expect(cheapestBaseRate(rates, { weightGrams: 999, orderValue: 0 }, 'USD')?.id).toBe('light');
    expect(cheapestBaseRate(rates, { weightGrams: 1000, orderValue: 5000 }, 'USD')?.id).toBe(
      'big-order',
    );
  });
});

describe('tierPrice', () => {
  it('rounds half up', () => {
    expect(tierPrice(500, 1750)).toBe(875);
    expect(tierPrice(333, 1750)).toBe(583); // 582.75
    expect(tierPrice(2, 1250)).toBe(3); // 2.5
    expect(() => tierPrice(1.5, 1000)).toThrow(RangeError);
  });

  it('is a whole number between base x multiplier -/+ half a unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (base, permille) => {
          const price = tierPrice(base, permille);
          expect(Number.isInteger(price)).toBe(true);
          expect(Math.abs(price * 1000 - base * permille)).toBeLessThanOrEqual(500);
        },
      ),
    );
  });
});

describe('quoteTieredShipping', () => {
  it('prices every enabled tier from the base, in tier order', async () => {
    const config = {
      zones: [zone({})],
      tiers: [...tiers.slice(0, 2), { ...(tiers[2] as ShippingTierDefinition), isEnabled: false }],
    };
    const input = { destination: { country: 'US' }, currency: 'USD', ...order };
    expect(quoteTieredShipping(config, input)).toEqual([
      {
        tierCode: 'standard',
        name: 'Standard',
        price: 500,
        deliveryDaysMin: 3,
        deliveryDaysMax: 5,
      },
      { tierCode: 'premium', name: 'Premium', price: 1250, deliveryDaysMin: 1, deliveryDaysMax: 1 },
    ]);
    await expect(createTieredShippingProvider(config).quote(input)).resolves.toHaveLength(2);
  });

  it('offers nothing without a zone or without an applicable rate', () => {
    const noRate = zone({ rates: [rate({ basis: 'weight', maxValue: 100 })] });
    const input = { destination: { country: 'US' }, currency: 'USD', ...order };
    expect(
      quoteTieredShipping(
        { zones: [zone({})], tiers },
        { ...input, destination: { country: 'CA' } },
      ),
    ).toEqual([]);
    expect(quoteTieredShipping({ zones: [noRate], tiers }, input)).toEqual([]);
  });
});
