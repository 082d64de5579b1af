import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Suspense } from 'react';

import { TenantsView } from '~/components/tenants/tenants-view';
import { readTenantFilters, tenantListInput } from '~/lib/tenant-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Tenants' };

interface TenantsPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    if (typeof value === 'string') params.set(key, value);
  }
  return params;
}

export default async function TenantsPage({ searchParams }: TenantsPageProps) {
  const filters = readTenantFilters(toParams(await searchParams));
  // Same input as the client builds from the URL, so the first render needs no extra request.
  // Awaited rather than streamed: the client list renders without suspense, and a query still
  // pending during server rendering would render a skeleton there but rows in the browser.
  // A failure is left to the client, which shows it with a retry.
  await getQueryClient()
    .query(trpc.platform.tenants.list.queryOptions(tenantListInput(filters)))
    .catch(() => undefined);

  return (
    <>
      <PageHeader
        title="Tenants"
        description="Every store on Storeloom. Suspending a store takes its storefront offline and locks out its members."
      />
      <HydrateClient>
        {/* useSearchParams needs a boundary; the list itself shows its own loading state. */}
        <Suspense>
          <TenantsView />
        </Suspense>
      </HydrateClient>
    </>
  );
}
