'use client';

import { Card, PageHeader, Skeleton } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { LoadError } from './load-error';

/** What the shell needs of a detail page's query. */
export interface DetailQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
}

export interface DetailQueryStateProps {
  query: DetailQuery;
  /** The header while there is no record to name, e.g. "Order". */
  title: string;
  backLink: ReactNode;
  /** E.g. "the order": "Loading the order", "The order could not be loaded". */
  subject: string;
}

/**
 * A detail page before its record is there: a loading card, or the failure with a retry, under
 * the page header. Pages return it while `query.isPending || query.isError`, which also narrows
 * their `query.data` for the rest of the render.
 */
export function DetailQueryState({ query, title, backLink, subject }: DetailQueryStateProps) {
  return (
    <>
      <PageHeader eyebrow={backLink} title={title} />
      {query.isPending ? (
        <Card aria-busy="true" aria-label={`Loading ${subject}`} className="space-y-3 p-4">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-4 w-64" />
        </Card>
      ) : (
        <LoadError
          title={`${subject.charAt(0).toUpperCase()}${subject.slice(1)} could not be loaded`}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
    </>
  );
}
