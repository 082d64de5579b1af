'use client';

import { ButtonLink, Card, EmptyState, TabLinks, UsersIcon } from '@storeloom/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';

import { PagedListBody } from '~/components/paged-list-body';
import {
  CUSTOMER_SORT_TABS,
  customersHref,
  customersListInput,
  nextCustomersCursor,
  type CustomerFilters,
} from '~/lib/customer-filters';
import { useTRPC } from '~/trpc/react';

import { CustomerSearchForm } from './customer-search-form';
import { CustomersTable } from './customers-table';

export interface CustomersViewProps {
  filters: CustomerFilters;
  /** The store's currency: lifetime values are summed in it. */
  currency: string;
  locale: string;
  timeZone: string;
}

function NoCustomers({ q }: { q: string | undefined }) {
  if (q !== undefined) {
    return (
      <EmptyState
        icon={<UsersIcon />}
        title={`No customers match “${q}”`}
        description="Search by part of an email address or a name."
        action={
          <ButtonLink
            href={customersHref({ sort: 'newest', q: undefined })}
            linkComponent={Link}
            variant="secondary"
          >
            Show all customers
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<UsersIcon />}
      title="No customers yet"
      description="Shoppers appear here when they create an account or check out, with their orders and what they have spent."
    />
  );
}

/** Sort tabs, search, the customers and "Load more". */
export function CustomersView({ filters, currency, locale, timeZone }: CustomersViewProps) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.customers.list.infiniteQueryOptions(customersListInput(filters), {
      getNextPageParam: nextCustomersCursor,
    }),
  );
  const customers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const tabs = CUSTOMER_SORT_TABS.map(({ sort, label }) => ({
    href: customersHref({ sort, q: filters.q }),
    label,
    active: sort === filters.sort,
  }));

  return (
    <Card className="overflow-hidden">
      <TabLinks label="Sort customers" items={tabs} linkComponent={Link} className="px-2" />
      {/* Keyed so the box shows the URL's search again after "Show all". */}
      <CustomerSearchForm key={filters.q ?? ''} sort={filters.sort} q={filters.q} />
      <PagedListBody
        query={list}
        itemCount={customers.length}
        loadingLabel="Loading customers"
        errorTitle="Customers could not be loaded"
        empty={<NoCustomers q={filters.q} />}
      >
        <CustomersTable
          customers={customers}
          currency={currency}
          locale={locale}
          timeZone={timeZone}
        />
      </PagedListBody>
    </Card>
  );
}
