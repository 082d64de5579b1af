import { z } from 'zod';

import {
  currencySchema,
  emailSchema,
  idSchema,
  nonEmptyText,
  paginationSchema,
  slugSchema,
} from './common.ts';
import { tenantStatusSchema } from './store.ts';

/** Slugs that would shadow platform hosts or confuse shoppers. */
const reservedSlugs = new Set([
  'www',
  'admin',
  'api',
  'app',
  'builder',
  'platform',
  'mail',
  'static',
  'assets',
]);

export const tenantSlugSchema = slugSchema.refine(
  (slug) => !reservedSlugs.has(slug),
  'This address is reserved',
);

export const createTenantInputSchema = z.object({
  name: nonEmptyText(80),
  slug: tenantSlugSchema,
  currency: currencySchema.default('USD'),
  ownerEmail: emailSchema,
  ownerName: nonEmptyText(80),
});

export const listTenantsInputSchema = paginationSchema.extend({
  search: z.string().trim().max(100).optional(),
  status: tenantStatusSchema.optional(),
});

export const tenantIdInputSchema = z.object({ tenantId: idSchema });

export const suspendTenantInputSchema = z.object({
  tenantId: idSchema,
  reason: nonEmptyText(500),
});
