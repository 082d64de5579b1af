import { describe, expect, it } from 'vitest';

import { storeSettingsInputSchema, themeSchema } from './store.ts';
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

describe('themeSchema', () => {
  it('gives a theme saved before the newer fields their defaults', () => {
    const saved = { accentColor: '#b45309', fontFamily: 'serif' };
    expect(themeSchema.parse(saved)).toMatchObject({
      accentColor: '#b45309',
      fontFamily: 'serif',
      headingFontFamily: null,
      colorScheme: 'light',
      radius: 'medium',
      faviconUrl: null,
    });
  });

  it('accepts only web addresses for the favicon', () => {
    expect(themeSchema.safeParse({ faviconUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(themeSchema.safeParse({ faviconUrl: 'data:image/png;base64,AA==' }).success).toBe(false);
    expect(themeSchema.parse({ faviconUrl: 'https://cdn.example.com/icon.png' }).faviconUrl).toBe(
      'https://cdn.example.com/icon.png',
    );
  });

  it('rejects a colour scheme or radius it does not know', () => {
    expect(themeSchema.safeParse({ colorScheme: 'sepia' }).success).toBe(false);
    expect(themeSchema.safeParse({ radius: 'huge' }).success).toBe(false);
  });
});
