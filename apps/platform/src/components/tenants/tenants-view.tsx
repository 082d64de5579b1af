'use client';

import { errorMessage } from '@storeloom/client';
import {
  ActionNotice,
  Alert,
  BuildingIcon,
  Button,
  Card,
  EmptyState,
  SearchIcon,
  TableRowsSkeleton,
} from '@storeloom/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'next/navigation';
import { useCallback, useState } from 'react';

import {
  readTenantFilters,
  tenantFiltersQuery,
  tenantListInput,
  type TenantFilters,
} from '~/lib/tenant-filters';
import { useTRPC } from '~/trpc/react';

import type { Notice } from '@storeloom/ui';
import { TenantToolbar } from './tenant-toolbar';
import { TenantsTable } from './tenants-table';

/**
 * Next keeps useSearchParams in sync with the History API, so filters update the URL without a
 * server round trip. Paging pushes (Back returns to the previous page); typing replaces.
 */
function writeFilters(filters: TenantFilters, mode: 'push' | 'replace') {
  const url = `/tenants${tenantFiltersQuery(filters)}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function TenantsView() {
  const trpc = useTRPC();
  const filters = readTenantFilters(useSearchParams());
  const [notice, setNotice] = useState<Notice | null>(null);
  const list = useQuery({
    ...trpc.platform.tenants.list.queryOptions(tenantListInput(filters)),
    // Keep the rows on screen while the next page or search loads, instead of a skeleton flash.
    placeholderData: keepPreviousData,
  });
  const filtered = filters.search !== '' || filters.status !== undefined;
  const { search, status } = filters;

  const onSearch = useCallback(
    (next: string) => {
      writeFilters({ search: next, status, cursor: undefined }, 'replace');
    },
    [status],
  );

  return (
    <div className="space-y-4">
      {notice !== null && (
        <ActionNotice
          notice={notice}
          onDismiss={() => {
            setNotice(null);
          }}
        />
      )}

      <Card className="overflow-hidden">
        <TenantToolbar
          search={search}
          status={status}
          fetching={list.isFetching && list.isPlaceholderData}
          onSearch={onSearch}
          onStatus={(next) => {
            writeFilters({ search, status: next, cursor: undefined }, 'replace');
          }}
        />

        {list.isPending ? (
          <TableRowsSkeleton label="Loading stores" />
        ) : list.isError ? (
          <div className="p-4">
            <Alert
              tone="danger"
              title="Stores could not be loaded"
              actions={
                <Button variant="secondary" size="sm" onClick={() => void list.refetch()}>
                  Try again
                </Button>
              }
            >
              {errorMessage(list.error)}
            </Alert>
          </div>
        ) : list.data.items.length === 0 ? (
          filtered || filters.cursor !== undefined ? (
            <EmptyState
              icon={<SearchIcon />}
              title="No stores match"
              description="Try another name or slug, or clear the filters."
              action={
                <Button
                  variant="secondary"
                  onClick={() => {
                    writeFilters({ search: '', status: undefined, cursor: undefined }, 'replace');
                  }}
                >
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState
              icon={<BuildingIcon />}
              title="No stores yet"
              description="Stores appear here as soon as merchants sign up or an operator creates one."
            />
          )
        ) : (
          <div className={list.isPlaceholderData ? 'opacity-60 transition-opacity' : undefined}>
            <TenantsTable tenants={list.data.items} onNotice={setNotice} />
          </div>
        )}

        {list.data !== undefined &&
          (filters.cursor !== undefined || list.data.nextCursor !== null) && (
            <nav
              aria-label="Pagination"
              className="flex items-center justify-between gap-2 border-t border-border px-4 py-3"
            >
              <Button
                variant="secondary"
                size="sm"
                disabled={filters.cursor === undefined}
                onClick={() => {
                  writeFilters({ search, status, cursor: undefined }, 'push');
                }}
              >
                First page
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={list.data.nextCursor === null || list.isPlaceholderData}
                onClick={() => {
                  const { nextCursor } = list.data;
                  if (nextCursor !== null)
                    writeFilters({ search, status, cursor: nextCursor }, 'push');
                }}
              >
                Next page
              </Button>
            </nav>
          )}
      </Card>
    </div>
  );
}
