import { hasPermission } from '@storeloom/auth/permissions';
import { idSchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { CustomerDetail } from '~/components/customers/customer-detail';
import { isNotFoundError } from '~/lib/is-not-found-error';
import { HydrateClient, getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Customer' };

interface CustomerPageProps {
  params: Promise<{ customerId: string }>;
}

export default async function CustomerPage({ params }: CustomerPageProps) {
  const { customerId } = await params;
  if (!idSchema.safeParse(customerId).success) notFound();
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, found] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.customers.get.queryOptions({ customerId })).then(
      () => true,
      // Another store's customer is not found either; other failures get the client's retry.
      (error: unknown) => !isNotFoundError(error),
    ),
  ]);
  if (!found) notFound();

  return (
    <HydrateClient>
      <CustomerDetail
        customerId={customerId}
        canWrite={hasPermission(role, 'customers:write')}
        locale={store.locale}
        timeZone={store.timezone}
      />
    </HydrateClient>
  );
}
