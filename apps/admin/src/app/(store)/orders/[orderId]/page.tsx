import { hasPermission } from '@storeloom/auth/permissions';
import { idSchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { OrderDetail } from '~/components/orders/order-detail';
import { isNotFoundError } from '~/lib/is-not-found-error';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Order' };

interface OrderPageProps {
  params: Promise<{ orderId: string }>;
}

export default async function OrderPage({ params }: OrderPageProps) {
  const { orderId } = await params;
  if (!idSchema.safeParse(orderId).success) notFound();
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, found] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.orders.get.queryOptions({ orderId })).then(
      () => true,
      // Another store's order is not found either. Other failures are left to the client,
      // which shows them with a retry.
      (error: unknown) => !isNotFoundError(error),
    ),
    // Fetched with the order so the timeline renders at once; on failure its card retries.
    queryClient.query(trpc.orders.timeline.queryOptions({ orderId })).catch(() => null),
  ]);
  if (!found) notFound();

  return (
    <HydrateClient>
      <OrderDetail
        orderId={orderId}
        permissions={{
          canWrite: hasPermission(role, 'orders:write'),
          canRefund: hasPermission(role, 'orders:refund'),
          canCancel: hasPermission(role, 'orders:cancel'),
        }}
        currentUserId={session.user.id}
        locale={store.locale}
        timeZone={store.timezone}
      />
    </HydrateClient>
  );
}
