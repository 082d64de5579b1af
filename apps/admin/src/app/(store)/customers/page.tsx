import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { CustomersView } from '~/components/customers/customers-view';
import {
  customersListInput,
  nextCustomersCursor,
  readCustomerSearch,
  readCustomerSort,
} from '~/lib/customer-filters';
import { HydrateClient, getQueryClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Customers' };

interface CustomersPageProps {
  searchParams: Promise<{ sort?: string | string[]; q?: string | string[] }>;
}

/** Everyone with an account or an order at the store, with what they have spent. */
export default async function CustomersPage({ searchParams }: CustomersPageProps) {
  const params = await searchParams;
  const filters = { sort: readCustomerSort(params.sort), q: readCustomerSearch(params.q) };
  const queryClient = getQueryClient();
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.customers.list.infiniteQueryOptions(customersListInput(filters), {
          getNextPageParam: nextCustomersCursor,
        }),
      )
      .catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Customers"
        description="Who buys from your store, with their orders and lifetime value. Open a customer for their addresses, recent orders and your team's note."
      />
      <HydrateClient>
        <CustomersView
          filters={filters}
          currency={store.currency}
          locale={store.locale}
          timeZone={store.timezone}
        />
      </HydrateClient>
    </>
  );
}
