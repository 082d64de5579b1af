import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { OrdersView } from '~/components/orders/orders-view';
import {
  nextOrdersCursor,
  ordersListInput,
  readOrderSearch,
  readOrderStatus,
} from '~/lib/order-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Orders' };

interface OrdersPageProps {
  searchParams: Promise<{ status?: string | string[]; search?: string | string[] }>;
}

/** The order desk: every order of the store, newest first, by status or found by search. */
export default async function OrdersPage({ searchParams }: OrdersPageProps) {
  const params = await searchParams;
  const filters = {
    status: readOrderStatus(params.status),
    search: readOrderSearch(params.search),
  };
  const queryClient = getQueryClient();
  // Awaited, not streamed, as on the workflows page; failures are left to the client's retry.
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.orders.list.infiniteQueryOptions(ordersListInput(filters), {
          getNextPageParam: nextOrdersCursor,
        }),
      )
      .catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Orders"
        description="Everything customers bought from your store, newest first. Open an order to ship it, add notes or print its invoice."
      />
      <HydrateClient>
        <OrdersView filters={filters} locale={store.locale} timeZone={store.timezone} />
      </HydrateClient>
    </>
  );
}
