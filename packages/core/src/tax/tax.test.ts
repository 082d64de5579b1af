import { describe, expect, it } from 'vitest';

import { taxOn } from './compute-tax.ts';
import { findTaxRate } from './find-tax-rate.ts';

const rates = [
  { id: 'us', country: 'US', region: '', rateBps: 500, appliesToShipping: false },
  { id: 'ca-state', country: 'US', region: 'CA', rateBps: 725, appliesToShipping: true },
  { id: 'de', country: 'DE', region: '', rateBps: 1900, appliesToShipping: true },
];

describe('findTaxRate', () => {
  it('prefers the region, then the whole country, else nothing', () => {
    expect(findTaxRate(rates, { country: 'us', region: 'ca' })?.id).toBe('ca-state');
    expect(findTaxRate(rates, { country: 'US', region: 'NY' })?.id).toBe('us');
    expect(findTaxRate(rates, { country: 'US' })?.id).toBe('us');
    expect(findTaxRate(rates, { country: 'FR' })).toBeNull();
  });
});

describe('taxOn', () => {
  it('adds tax on exclusive prices, rounded half up', () => {
    expect(taxOn(1999, 725, false)).toBe(145); // 144.93
    expect(taxOn(1000, 1250, false)).toBe(125);
    expect(taxOn(4, 1250, false)).toBe(1); // 0.5
  });

  it('finds the tax contained in inclusive prices', () => {
    expect(taxOn(11900, 1900, true)).toBe(1900);
    expect(taxOn(1999, 2000, true)).toBe(333); // 333.17
  });

  it('is zero without an amount or a rate', () => {
    expect(taxOn(0, 2000, false)).toBe(0);
    expect(taxOn(1000, 0, true)).toBe(0);
  });
});
