'use client';

import { ButtonLink, Card, EmptyState, ListIcon, statusLabel, TabLinks } from '@storeloom/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';

import { PagedListBody } from '~/components/paged-list-body';
import {
  ESTIMATE_STATUS_TABS,
  estimatesHref,
  estimatesListInput,
  nextEstimatesCursor,
  type EstimateFilters,
} from '~/lib/estimate-filters';
import { useTRPC } from '~/trpc/react';

import { EstimateSearchForm } from './estimate-search-form';
import { EstimatesTable } from './estimates-table';

export interface EstimatesViewProps {
  filters: EstimateFilters;
  /** `estimates:write`: only then is "New estimate" offered. */
  canWrite: boolean;
  locale: string;
  timeZone: string;
}

function NoEstimates({ filters, canWrite }: { filters: EstimateFilters; canWrite: boolean }) {
  if (filters.status !== undefined || filters.search !== undefined) {
    const what =
      filters.status === undefined
        ? 'estimates'
        : `${statusLabel(filters.status).toLowerCase()} estimates`;
    return (
      <EmptyState
        icon={<ListIcon />}
        title={filters.search === undefined ? `No ${what}` : `No ${what} match “${filters.search}”`}
        description="Search by an estimate number (#12 or 12), part of its title, or the customer’s name or email."
        action={
          <ButtonLink
            href={estimatesHref({ status: undefined, search: undefined })}
            linkComponent={Link}
            variant="secondary"
          >
            Show all estimates
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<ListIcon />}
      title="No estimates yet"
      description="Quote a job with its materials and labour, see your margin as you price it, send it to the customer and turn it into an order once they accept."
      action={
        canWrite ? (
          <ButtonLink href="/estimates/new" linkComponent={Link}>
            New estimate
          </ButtonLink>
        ) : undefined
      }
    />
  );
}

/** Estimates newest first: status tabs, search and "Load more". */
export function EstimatesView({ filters, canWrite, locale, timeZone }: EstimatesViewProps) {
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.estimates.list.infiniteQueryOptions(estimatesListInput(filters), {
      getNextPageParam: nextEstimatesCursor,
    }),
  );
  const estimates = list.data?.pages.flatMap((page) => page.items) ?? [];
  const { search } = filters;
  const tabs = [
    {
      href: estimatesHref({ status: undefined, search }),
      label: 'All',
      active: filters.status === undefined,
    },
    ...ESTIMATE_STATUS_TABS.map((status) => ({
      href: estimatesHref({ status, search }),
      label: statusLabel(status),
      active: status === filters.status,
    })),
  ];

  return (
    <Card className="overflow-hidden">
      <TabLinks
        label="Filter estimates by status"
        items={tabs}
        linkComponent={Link}
        className="px-2"
      />
      {/* Keyed so the box shows the URL's search again after a tab or "Show all" link. */}
      <EstimateSearchForm key={search ?? ''} status={filters.status} search={search} />
      <PagedListBody
        query={list}
        itemCount={estimates.length}
        loadingLabel="Loading estimates"
        errorTitle="Estimates could not be loaded"
        empty={<NoEstimates filters={filters} canWrite={canWrite} />}
      >
        <EstimatesTable estimates={estimates} locale={locale} timeZone={timeZone} />
      </PagedListBody>
    </Card>
  );
}
