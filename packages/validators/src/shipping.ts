import { z } from 'zod';

import { countrySchema, idSchema, minorUnitsSchema, nonEmptyText } from './common.ts';

/** A region within a country: the ISO 3166-2 subdivision code without the country ("CA", "BY"). */
export const regionCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'Required')
  .max(8, 'At most 8 characters')
  .regex(/^[A-Z0-9]+$/, 'Use the region code, letters and digits only');

/** A zone lists countries, or "*" for every country. */
export const zoneCountrySchema = z.union([z.literal('*'), countrySchema]);

const zoneFields = {
  name: nonEmptyText(80),
  countries: z
    .array(zoneCountrySchema)
    .min(1, 'List at least one country')
    .max(250, 'At most 250 countries'),
  regions: z.array(regionCodeSchema).max(100, 'At most 100 regions'),
  position: z.number().int().min(0).max(10_000),
};

export const createShippingZoneInputSchema = z.object({
  ...zoneFields,
  regions: zoneFields.regions.default([]),
  position: zoneFields.position.optional(),
});
export type CreateShippingZoneInput = z.infer<typeof createShippingZoneInputSchema>;

export const updateShippingZoneInputSchema = z.object({
  zoneId: idSchema,
  ...z.object(zoneFields).partial().shape,
});
export type UpdateShippingZoneInput = z.infer<typeof updateShippingZoneInputSchema>;

export const shippingZoneIdInputSchema = z.object({ zoneId: idSchema });

export const shippingRateBasisSchema = z.enum(['flat', 'weight', 'order_value']);

const bandBound = z
  .number({ error: 'Expected a number' })
  .int('Bands are whole grams or minor units')
  .min(0, 'A band bound cannot be negative')
  .max(1_000_000_000, 'The bound is too large');

const rateFields = {
  name: nonEmptyText(80),
  basis: shippingRateBasisSchema,
  /** Inclusive lower bound in grams (weight) or minor units (order value). */
  minValue: bandBound.nullable(),
  /** Exclusive upper bound; null for no limit. */
  maxValue: bandBound.nullable(),
  price: minorUnitsSchema,
  isActive: z.boolean(),
};

export const createShippingRateInputSchema = z.object({
  zoneId: idSchema,
  ...rateFields,
  basis: rateFields.basis.default('flat'),
  minValue: rateFields.minValue.default(null),
  maxValue: rateFields.maxValue.default(null),
  isActive: rateFields.isActive.default(true),
});
export type CreateShippingRateInput = z.infer<typeof createShippingRateInputSchema>;

export const updateShippingRateInputSchema = z.object({
  rateId: idSchema,
  ...z.object(rateFields).partial().shape,
});
export type UpdateShippingRateInput = z.infer<typeof updateShippingRateInputSchema>;

export const shippingRateIdInputSchema = z.object({ rateId: idSchema });

export const shippingTierCodeSchema = z.enum(['standard', 'express', 'premium']);

export const updateShippingTierInputSchema = z.object({
  tierCode: shippingTierCodeSchema,
  name: nonEmptyText(40).optional(),
  /** 1000 = the base price; express defaults to 1750, premium to 2500. */
  multiplierPermille: z
    .number()
    .int('Use whole permille (1750 = x1.75)')
    .min(1, 'The multiplier must be positive')
    .max(10_000, 'The multiplier is at most x10')
    .optional(),
  deliveryDaysMin: z.number().int().min(0).max(365).optional(),
  deliveryDaysMax: z.number().int().min(0).max(365).optional(),
  isEnabled: z.boolean().optional(),
});
export type UpdateShippingTierInput = z.infer<typeof updateShippingTierInputSchema>;

/** A merchant's preview: what a shopper at this address would be offered. */
export const shippingQuoteInputSchema = z.object({
  country: countrySchema,
  region: regionCodeSchema.optional(),
  weightGrams: z.number().int().min(0).max(10_000_000),
  subtotal: minorUnitsSchema,
});
export type ShippingQuoteRequest = z.infer<typeof shippingQuoteInputSchema>;
