import type { TenantStatus } from '@storeloom/db';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { normalizeHost } from '@storeloom/validators';

export interface ResolvedStore {
  id: string;
  slug: string;
  name: string;
  status: TenantStatus;
  currency: string;
  locale: string;
}

export type StoreResolution =
  { kind: 'found'; store: ResolvedStore } | { kind: 'not_found'; host: string | null };

const storeSelect = {
  id: true,
  slug: true,
  name: true,
  status: true,
  currency: true,
  locale: true,
} as const;

/**
 * The storefront's tenant comes from the request host: `{slug}.<root domain>` or a verified
 * custom domain. This runs before any tenant scope exists, so it is one of the few places that
 * read across stores (only the tenants and domains tables).
 */
export async function resolveStoreByHost({
  db,
  host: rawHost,
  rootDomain,
}: {
  db: UnscopedClient;
  host: string | null | undefined;
  rootDomain: string;
}): Promise<StoreResolution> {
  const host = normalizeHost(rawHost);
  if (!host) return { kind: 'not_found', host: null };

  const suffix = `.${rootDomain}`;
  if (host.endsWith(suffix)) {
    const label = host.slice(0, -suffix.length);
    if (label.includes('.')) return { kind: 'not_found', host };
    const store = await db.tenant.findUnique({ where: { slug: label }, select: storeSelect });
    return store ? { kind: 'found', store } : { kind: 'not_found', host };
  }

  const domain = await db.domain.findUnique({
    where: { hostname: host },
    select: { verified: true, tenant: { select: storeSelect } },
  });
  if (!domain?.verified) return { kind: 'not_found', host };
  return { kind: 'found', store: domain.tenant };
}
