import { z } from 'zod';

export const storeCountsSchema = z.object({
  products: z.number().int(),
  variants: z.number().int(),
  categories: z.number().int(),
  customers: z.number().int(),
  orders: z.number().int(),
  returns: z.number().int(),
});
export type StoreCounts = z.infer<typeof storeCountsSchema>;

/** Stored as TenantSetting "demo.seed": a re-run reads it to skip the store and still report counts. */
export const demoSeedSettingSchema = z.object({
  version: z.number().int(),
  seededAt: z.string().optional(),
  counts: storeCountsSchema.optional(),
});
export type DemoSeedSetting = z.infer<typeof demoSeedSettingSchema>;

export interface StoreSeedReport {
  slug: string;
  name: string;
  tenantId: string;
  /** True when the store already had this seed version and nothing was written. */
  skipped: boolean;
  counts: StoreCounts | null;
  timings: { totalMs: number; imagesMs: number; writeMs: number };
  imagesGenerated: number;
}

export interface SeedReport {
  version: number;
  stores: StoreSeedReport[];
  accounts: { users: number; memberships: number; skipped: boolean };
  timings: { totalMs: number; passwordHashMs: number; accountsMs: number };
}
