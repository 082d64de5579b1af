import { z } from 'zod';

/** Opaque ids (cuid). Validated loosely: they are only ever compared, never parsed. */
export const idSchema = z
  .string({ error: 'Expected an id' })
  .trim()
  .min(1, 'Id is required')
  .max(64, 'Id is too long')
  .regex(/^[a-z0-9_-]+$/i, 'Malformed id');

/** URL-safe handle: lowercase letters, digits and single hyphens. */
export const slugSchema = z
  .string()
  .trim()
  .min(2, 'Must be at least 2 characters')
  .max(48, 'Must be at most 48 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens');

export const emailSchema = z.email('Enter a valid email address').trim().toLowerCase().max(254);

/** ISO 4217 code, upper case. */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 currency code');

/** ISO 3166-1 alpha-2 code, upper case. */
export const countrySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code');

/** Integer minor units (cents); never a float. */
export const minorUnitsSchema = z
  .number({ error: 'Expected an amount in minor units' })
  .int('Amounts are whole minor units (e.g. cents)')
  .min(0, 'Amount cannot be negative')
  .max(1_000_000_000, 'Amount is too large');

export const moneySchema = z.object({ amount: minorUnitsSchema, currency: currencySchema });
export type Money = z.infer<typeof moneySchema>;

export const paginationSchema = z.object({
  cursor: z.string().max(256).optional(),
  limit: z.number().int().min(1).max(100).default(25),
});

export const nonEmptyText = (max: number) =>
  z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** A postal address as snapshotted on orders and checkouts, and kept in address books. */
export const addressSchema = z.object({
  firstName: nonEmptyText(80),
  lastName: nonEmptyText(80),
  company: z.string().trim().max(120).optional(),
  line1: nonEmptyText(160),
  line2: z.string().trim().max(160).optional(),
  city: nonEmptyText(80),
  /** Region or state code within the country (ISO 3166-2 subdivision without the country). */
  region: z.string().trim().toUpperCase().max(8).optional(),
  postalCode: nonEmptyText(16),
  country: countrySchema,
  phone: z.string().trim().max(32).optional(),
});
export type Address = z.infer<typeof addressSchema>;
