import type { TenantClient } from '@storeloom/db';
import { themeSchema } from '@storeloom/validators';

import { notFound } from '../errors/domain-error.ts';

/** The store's settings as its members see them. */
export async function getStore({ db, tenantId }: { db: TenantClient; tenantId: string }) {
  const [tenant, domains] = await Promise.all([
    db.tenant.findUnique({ where: { id: tenantId } }),
    db.domain.findMany({ orderBy: [{ isPrimary: 'desc' }, { hostname: 'asc' }] }),
  ]);
  if (!tenant) throw notFound('Store');
  return {
    id: tenant.id,
    slug: tenant.slug,
    name: tenant.name,
    status: tenant.status,
    currency: tenant.currency,
    locale: tenant.locale,
    timezone: tenant.timezone,
    pricesIncludeTax: tenant.pricesIncludeTax,
    contactEmail: tenant.contactEmail,
    theme: themeSchema.parse(tenant.theme),
    createdAt: tenant.createdAt,
    domains: domains.map((d) => ({
      id: d.id,
      hostname: d.hostname,
      kind: d.kind,
      isPrimary: d.isPrimary,
      verified: d.verified,
    })),
  };
}

export type StoreDetails = Awaited<ReturnType<typeof getStore>>;
