import { hasPermission } from '@storeloom/auth/permissions';
import { ButtonLink, PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';
import Link from 'next/link';

import { requireSession } from '~/auth/session';
import { EstimatesView } from '~/components/estimates/estimates-view';
import {
  estimatesListInput,
  nextEstimatesCursor,
  readEstimateSearch,
  readEstimateStatus,
} from '~/lib/estimate-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Estimates' };

interface EstimatesPageProps {
  searchParams: Promise<{ status?: string | string[]; search?: string | string[] }>;
}

/** Quotes for jobs: materials and labour priced with their margin, sent, accepted, converted. */
export default async function EstimatesPage({ searchParams }: EstimatesPageProps) {
  const params = await searchParams;
  const filters = {
    status: readEstimateStatus(params.status),
    search: readEstimateSearch(params.search),
  };
  const session = await requireSession();
  const canWrite = hasPermission(session.activeStore?.role ?? 'viewer', 'estimates:write');
  const queryClient = getQueryClient();
  // Awaited, not streamed, as on the orders page; failures are left to the client's retry.
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.estimates.list.infiniteQueryOptions(estimatesListInput(filters), {
          getNextPageParam: nextEstimatesCursor,
        }),
      )
      .catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Estimates"
        description="Quotes with their materials, labour and margin. Send one to the customer, and turn it into an order once they accept."
        actions={
          canWrite ? (
            <ButtonLink href="/estimates/new" linkComponent={Link}>
              New estimate
            </ButtonLink>
          ) : undefined
        }
      />
      <HydrateClient>
        <EstimatesView
          filters={filters}
          canWrite={canWrite}
          locale={store.locale}
          timeZone={store.timezone}
        />
      </HydrateClient>
    </>
  );
}
