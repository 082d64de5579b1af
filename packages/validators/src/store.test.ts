import { describe, expect, it } from 'vitest';

import { storeSettingsInputSchema } from './store.ts';
import { createTenantInputSchema } from './platform.ts';

describe('storeSettingsInputSchema', () => {
  it('accepts a partial update', () => {
    expect(storeSettingsInputSchema.parse({ name: ' Tech Gadgets ' })).toEqual({
      name: 'Tech Gadgets',
    });
  });

  it('rejects an empty update, a bad currency and an oversized name', () => {
    expect(storeSettingsInputSchema.safeParse({}).success).toBe(false);
    expect(storeSettingsInputSchema.safeParse({ currency: 'dollars' }).success).toBe(false);
    expect(storeSettingsInputSchema.safeParse({ name: 'x'.repeat(81) }).success).toBe(false);
    expect(storeSettingsInputSchema.safeParse({ timezone: 'Mars/Olympus' }).success).toBe(false);
  });
});

describe('createTenantInputSchema', () => {
  it('refuses reserved and malformed slugs', () => {
    const base = { name: 'Shop', ownerEmail: 'o@example.com', ownerName: 'Owner' };
    expect(createTenantInputSchema.safeParse({ ...base, slug: 'admin' }).success).toBe(false);
    expect(createTenantInputSchema.safeParse({ ...base, slug: 'Bad Slug' }).success).toBe(false);
    expect(createTenantInputSchema.parse({ ...base, slug: 'good-shop' }).currency).toBe('USD');
  });
});

describe('locale', () => {
  it('rejects malformed tags with a message instead of throwing', () => {
    expect(storeSettingsInputSchema.safeParse({ locale: 'x'.repeat(500) }).success).toBe(false);
    expect(storeSettingsInputSchema.safeParse({ locale: 'en-US' }).success).toBe(true);
  });
});
