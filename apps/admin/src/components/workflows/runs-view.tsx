'use client';

import { ButtonLink, Card, EmptyState, statusLabel, TabLinks, WorkflowIcon } from '@storeloom/ui';
import type { WorkflowRunStatusValue } from '@storeloom/validators';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import Link from 'next/link';

import {
  nextRunsCursor,
  runsListInput,
  statusTabs,
  workflowRunsHref,
} from '~/lib/workflow-run-filters';
import { PagedListBody } from '~/components/paged-list-body';
import { useTRPC } from '~/trpc/react';

import { RunsTable } from './runs-table';

export interface RunsViewProps {
  status: WorkflowRunStatusValue | undefined;
  locale: string;
  timeZone: string;
}

function NoRuns({ status }: { status: WorkflowRunStatusValue | undefined }) {
  if (status !== undefined) {
    return (
      <EmptyState
        icon={<WorkflowIcon />}
        title={`No ${statusLabel(status).toLowerCase()} runs`}
        description="Runs move between these tabs as they progress."
        action={
          <ButtonLink href={workflowRunsHref(undefined)} linkComponent={Link} variant="secondary">
            Show all runs
          </ButtonLink>
        }
      />
    );
  }
  return (
    <EmptyState
      icon={<WorkflowIcon />}
      title="No workflow runs yet"
      description="Workflows are the jobs your store runs in the background when something happens: confirming an order once it is paid, emailing tracking details, reminding shoppers of their carts. Each run appears here with its steps, so you can see what happened and retry what failed."
    />
  );
}

/** The run history: status tabs with counts, the runs newest first, and "Load more". */
export function RunsView({ status, locale, timeZone }: RunsViewProps) {
  const trpc = useTRPC();
  const counts = useQuery(trpc.workflows.runs.counts.queryOptions());
  const list = useInfiniteQuery(
    trpc.workflows.runs.list.infiniteQueryOptions(runsListInput(status), {
      getNextPageParam: nextRunsCursor,
    }),
  );
  const runs = list.data?.pages.flatMap((page) => page.items) ?? [];
  const count = new Intl.NumberFormat(locale);

  const tabs = [
    {
      href: workflowRunsHref(undefined),
      label: 'All',
      count: counts.data === undefined ? undefined : count.format(counts.data.total),
      active: status === undefined,
    },
    ...statusTabs(counts.data, status).map((tab) => ({
      href: workflowRunsHref(tab),
      label: statusLabel(tab),
      count: counts.data === undefined ? undefined : count.format(counts.data.byStatus[tab]),
      active: tab === status,
    })),
  ];

  return (
    <Card className="overflow-hidden">
      <TabLinks label="Filter runs by status" items={tabs} linkComponent={Link} className="px-2" />
      <PagedListBody
        query={list}
        itemCount={runs.length}
        loadingLabel="Loading workflow runs"
        errorTitle="Workflow runs could not be loaded"
        empty={<NoRuns status={status} />}
      >
        <RunsTable runs={runs} locale={locale} timeZone={timeZone} />
      </PagedListBody>
    </Card>
  );
}
