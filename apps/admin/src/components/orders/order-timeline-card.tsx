'use client';

import { Card, CardContent, CardHeader, CardTitle, DateTime, Skeleton } from '@storeloom/ui';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useId } from 'react';

import { LoadError } from '~/components/load-error';
import { WorkflowStatusBadge } from '~/components/workflows/workflow-status-badge';
import { humanizeId } from '~/lib/humanize-id';
import { useTRPC } from '~/trpc/react';

export interface OrderTimelineCardProps {
  orderId: string;
  locale: string;
  timeZone: string;
}

/**
 * Everything that happened to the order, newest first: its events as the API words them and
 * the workflow runs started for it, each linked to its run page.
 */
export function OrderTimelineCard({ orderId, locale, timeZone }: OrderTimelineCardProps) {
  const titleId = useId();
  const trpc = useTRPC();
  const query = useQuery(trpc.orders.timeline.queryOptions({ orderId }));

  return (
    <Card aria-labelledby={titleId}>
      <CardHeader>
        <CardTitle id={titleId}>Timeline</CardTitle>
      </CardHeader>
      <CardContent className="text-sm">
        {query.isPending ? (
          <div aria-busy="true" aria-label="Loading the timeline" className="space-y-3">
            <Skeleton className="h-4 w-56" />
            <Skeleton className="h-4 w-44" />
            <Skeleton className="h-4 w-64" />
          </div>
        ) : query.isError ? (
          <LoadError
            title="The timeline could not be loaded"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.data.length === 0 ? (
          <p className="text-muted-foreground">Nothing has happened to this order yet.</p>
        ) : (
          <ol className="relative space-y-4 border-l border-border pl-4">
            {query.data.map((item) => (
              <li key={`${item.kind}:${item.id}`} className="relative">
                <span
                  aria-hidden="true"
                  className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-border-strong"
                />
                {item.kind === 'event' ? (
                  <p className="break-words">{item.message}</p>
                ) : (
                  <p className="flex flex-wrap items-center gap-2">
                    <span>
                      Workflow{' '}
                      <Link
                        href={`/workflows/${item.id}`}
                        className="font-medium text-foreground underline-offset-2 hover:underline"
                      >
                        {humanizeId(item.functionId)}
                      </Link>
                    </span>
                    <WorkflowStatusBadge status={item.status} />
                  </p>
                )}
                <p className="text-xs text-muted-foreground">
                  <DateTime value={item.at} locale={locale} timeZone={timeZone} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
