'use client';

import { errorMessage } from '@storeloom/client';
import { TableRowsSkeleton } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { LoadError } from './load-error';
import { LoadMore } from './load-more';

/** What the body needs of an infinite (keyset-paged) query. */
export interface PagedQueryState {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The body of a paged list card: rows loading, the first page failing (with a retry), nothing
 * found, or the table with "Load more" under it. A later page failing keeps the rows shown.
 */
export function PagedListBody({
  query,
  itemCount,
  loadingLabel,
  errorTitle,
  empty,
  children,
}: {
  query: PagedQueryState;
  itemCount: number;
  loadingLabel: string;
  errorTitle: string;
  empty: ReactNode;
  children: ReactNode;
}) {
  if (query.isPending) return <TableRowsSkeleton label={loadingLabel} />;
  if (query.isError && itemCount === 0) {
    return (
      <div className="p-4">
        <LoadError title={errorTitle} error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  }
  if (itemCount === 0) return <>{empty}</>;
  return (
    <>
      {children}
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onLoadMore={() => void query.fetchNextPage()}
        error={query.isError ? errorMessage(query.error) : null}
      />
    </>
  );
}
