import { z } from 'zod';

/** Report bounds: far enough for any store's history, near enough for PostgreSQL's timestamps. */
const reportDateSchema = z
  .date({ error: 'Expected a date' })
  .min(new Date('2000-01-01T00:00:00Z'), 'Reports start in 2000 at the earliest')
  .max(new Date('2100-01-01T00:00:00Z'), 'Reports end in 2100 at the latest');

/** A period [from, to): `from` included, `to` excluded, both instants (UTC). */
const periodShape = { from: reportDateSchema, to: reportDateSchema };

function periodInOrder(period: { from: Date; to: Date }): boolean {
  return period.from.getTime() <= period.to.getTime();
}
const periodOutOfOrder = {
  message: 'The start of the period must not be after its end',
  path: ['from'],
};

export const reportGranularitySchema = z.enum(['day', 'week', 'month']);
export type ReportGranularity = z.infer<typeof reportGranularitySchema>;

export const salesReportInputSchema = z
  .object({ ...periodShape, granularity: reportGranularitySchema.default('day') })
  .refine(periodInOrder, periodOutOfOrder);

export const topProductsReportInputSchema = z
  .object({ ...periodShape, limit: z.number().int().min(1).max(50).default(10) })
  .refine(periodInOrder, periodOutOfOrder);

export const profitReportInputSchema = z
  .object({ ...periodShape, limit: z.number().int().min(1).max(500).default(100) })
  .refine(periodInOrder, periodOutOfOrder);

export const inventoryReportInputSchema = z.object({
  /** Low stock is available ≤ this; without it, each variant's own low-stock threshold. */
  threshold: z.number().int().min(0).max(1_000_000).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
