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

/** The storefront's look. Extended by the theme editor later; unknown keys are dropped. */
export const themeSchema = z.object({
  accentColor: hexColour.default('#2563eb'),
  backgroundColor: hexColour.default('#ffffff'),
  textColor: hexColour.default('#111827'),
  logoUrl: z.url().max(2048).nullable().default(null),
  fontFamily: z.enum(['system', 'serif', 'rounded', 'mono']).default('system'),
});
export type Theme = z.infer<typeof themeSchema>;

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
