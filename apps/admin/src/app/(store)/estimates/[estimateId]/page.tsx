import { hasPermission } from '@storeloom/auth/permissions';
import { idSchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { EstimateDetail } from '~/components/estimates/estimate-detail';
import { isNotFoundError } from '~/lib/is-not-found-error';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Estimate' };

interface EstimatePageProps {
  params: Promise<{ estimateId: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}

export default async function EstimatePage({ params, searchParams }: EstimatePageProps) {
  const { estimateId } = await params;
  if (!idSchema.safeParse(estimateId).success) notFound();
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, found] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.estimates.get.queryOptions({ estimateId })).then(
      () => true,
      // Another store's estimate is not found either. Other failures are left to the client,
      // which shows them with a retry.
      (error: unknown) => !isNotFoundError(error),
    ),
  ]);
  if (!found) notFound();

  return (
    <HydrateClient>
      <EstimateDetail
        estimateId={estimateId}
        canWrite={hasPermission(role, 'estimates:write')}
        created={(await searchParams).created === '1'}
        locale={store.locale}
        timeZone={store.timezone}
      />
    </HydrateClient>
  );
}
