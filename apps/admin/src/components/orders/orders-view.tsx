'use client';

import { ButtonLink, Card, EmptyState, ReceiptIcon, statusLabel, TabLinks } from '@storeloom/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';

import { PagedListBody } from '~/components/paged-list-body';
import {
  nextOrdersCursor,
  ORDER_STATUS_TABS,
  ordersHref,
  ordersListInput,
  type OrderFilters,
} from '~/lib/order-filters';
import { useTRPC } from '~/trpc/react';

import { OrderSearchForm } from './order-search-form';
import { OrdersTable } from './orders-table';

export interface OrdersViewProps {
  filters: OrderFilters;
  locale: string;
  timeZone: string;
}

function NoOrders({ filters }: { filters: OrderFilters }) {
  if (filters.status !== undefined || filters.search !== undefined) {
    const what =
      filters.status === undefined
        ? 'orders'
        : `${statusLabel(filters.status).toLowerCase()} orders`;
    return (
      <EmptyState
        icon={<ReceiptIcon />}
        title={filters.search === undefined ? `No ${what}` : `No ${what} match “${filters.search}”`}
        description="Search by an order number (#1042 or 1042), part of the customer’s email or name."
        action={
          <ButtonLink
            href={ordersHref({ status: undefined, search: undefined })}
            linkComponent={Link}
            variant="secondary"
          >
            Show all orders
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<ReceiptIcon />}
      title="No orders yet"
      description="Orders appear here as soon as customers check out, with their payment and shipping status. Open one to ship it, add notes or print the invoice."
    />
  );
}

/** The order desk: status tabs, search, the orders newest first, and "Load more". */
export function OrdersView({ filters, locale, timeZone }: OrdersViewProps) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.orders.list.infiniteQueryOptions(ordersListInput(filters), {
      getNextPageParam: nextOrdersCursor,
    }),
  );
  const orders = list.data?.pages.flatMap((page) => page.items) ?? [];
  const { search } = filters;
  const tabs = [
    {
      href: ordersHref({ status: undefined, search }),
      label: 'All',
      active: filters.status === undefined,
    },
    ...ORDER_STATUS_TABS.map((status) => ({
      href: ordersHref({ status, search }),
      label: statusLabel(status),
      active: status === filters.status,
    })),
  ];

  return (
    <Card className="overflow-hidden">
      <TabLinks
        label="Filter orders by status"
        items={tabs}
        linkComponent={Link}
        className="px-2"
      />
      {/* Keyed so the box shows the URL's search again after a tab or "Show all" link. */}
      <OrderSearchForm key={search ?? ''} status={filters.status} search={search} />
      <PagedListBody
        query={list}
        itemCount={orders.length}
        loadingLabel="Loading orders"
        errorTitle="Orders could not be loaded"
        empty={<NoOrders filters={filters} />}
      >
        <OrdersTable orders={orders} locale={locale} timeZone={timeZone} />
      </PagedListBody>
    </Card>
  );
}
