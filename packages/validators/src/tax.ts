import { z } from 'zod';

import { countrySchema, idSchema, nonEmptyText } from './common.ts';
import { regionCodeSchema } from './shipping.ts';

const taxRateFields = {
  name: nonEmptyText(80),
  country: countrySchema,
  /** Null or absent: the whole country. */
  region: regionCodeSchema.nullable(),
  /** Basis points: 2000 = 20%. */
  rateBps: z
    .number({ error: 'Expected a number' })
    .int('Use whole basis points (825 = 8.25%)')
    .min(0, 'A rate cannot be negative')
    .max(10_000, 'A rate is at most 100%'),
  appliesToShipping: z.boolean(),
};

export const createTaxRateInputSchema = z.object({
  ...taxRateFields,
  region: taxRateFields.region.default(null),
  appliesToShipping: taxRateFields.appliesToShipping.default(false),
});
export type CreateTaxRateInput = z.infer<typeof createTaxRateInputSchema>;

export const updateTaxRateInputSchema = z.object({
  taxRateId: idSchema,
  ...z.object(taxRateFields).partial().shape,
});
export type UpdateTaxRateInput = z.infer<typeof updateTaxRateInputSchema>;

export const taxRateIdInputSchema = z.object({ taxRateId: idSchema });
