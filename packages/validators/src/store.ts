import { z } from 'zod';

import { currencySchema, emailSchema, nonEmptyText } from './common.ts';

export const tenantStatusSchema = z.enum(['active', 'suspended', 'closed']);
export type TenantStatus = z.infer<typeof tenantStatusSchema>;

// Intl throws RangeError on malformed tags, and zod runs every check even after the regex fails.
function isSupportedLocale(value: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([value]).length > 0;
  } catch {
    return false;
  }
}

const localeSchema = z
  .string()
  .trim()
  .max(35)
  .regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'Use a locale such as en-US')
  .refine(isSupportedLocale, 'Unsupported locale');

const timezoneSchema = z
  .string()
  .trim()
  .max(64)
  .refine(
    (value) => Intl.supportedValuesOf('timeZone').includes(value) || value === 'UTC',
    'Unknown time zone',
  );

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour such as #1f6feb');

/**
 * Typefaces a store can pick. `system` is the device's own UI font; the others are files the
 * storefront serves itself (sans: Inter, serif: Lora, rounded: Nunito, mono: JetBrains Mono).
 */
export const themeFontFamilySchema = z.enum(['system', 'sans', 'serif', 'rounded', 'mono']);
export type ThemeFontFamily = z.infer<typeof themeFontFamilySchema>;

/** `auto` follows the shopper's device setting (prefers-color-scheme); `light` never goes dark. */
export const themeColorSchemeSchema = z.enum(['light', 'dark', 'auto']);
export type ThemeColorScheme = z.infer<typeof themeColorSchemeSchema>;

/** Corner rounding of buttons, fields and cards. */
export const themeRadiusSchema = z.enum(['none', 'small', 'medium', 'large']);
export type ThemeRadius = z.infer<typeof themeRadiusSchema>;

// Only web addresses: these end up in src attributes and redirects.
const webUrl = z.url({ protocol: /^https?$/, error: 'Use an http(s) address' }).max(2048);

/** The storefront's look. Every field has a default, so old saved themes keep parsing; unknown keys are dropped. */
export const themeSchema = z.object({
  accentColor: hexColour.default('#2563eb'),
  backgroundColor: hexColour.default('#ffffff'),
  textColor: hexColour.default('#111827'),
  logoUrl: z.url().max(2048).nullable().default(null),
  fontFamily: themeFontFamilySchema.default('system'),
  /** Headings' typeface; null: the same as the body text. */
  headingFontFamily: themeFontFamilySchema.nullable().default(null),
  colorScheme: themeColorSchemeSchema.default('light'),
  radius: themeRadiusSchema.default('medium'),
  /** Square image shown in browser tabs; null: a monogram in the accent colour. */
  faviconUrl: webUrl.nullable().default(null),
});
export type Theme = z.infer<typeof themeSchema>;
/** A theme as saved or seeded: any field may be left out for its default. */
export type ThemeInput = z.input<typeof themeSchema>;

export const storeSettingsInputSchema = z
  .object({
    name: nonEmptyText(80),
    contactEmail: emailSchema.nullable(),
    currency: currencySchema,
    locale: localeSchema,
    timezone: timezoneSchema,
    pricesIncludeTax: z.boolean(),
    theme: themeSchema,
  })
  .partial()
  .refine((value) => Object.keys(value).length > 0, 'Nothing to update');
export type StoreSettingsInput = z.infer<typeof storeSettingsInputSchema>;
