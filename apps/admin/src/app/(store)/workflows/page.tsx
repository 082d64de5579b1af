import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { RunsView } from '~/components/workflows/runs-view';
import { nextRunsCursor, readRunStatus, runsListInput } from '~/lib/workflow-run-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Workflows' };

interface WorkflowsPageProps {
  searchParams: Promise<{ status?: string | string[] }>;
}

export default async function WorkflowsPage({ searchParams }: WorkflowsPageProps) {
  const status = readRunStatus((await searchParams).status);
  const queryClient = getQueryClient();
  // Awaited, not streamed, as on the team page: the client list renders without suspense.
  // Failures are left to the client, which shows them with a retry.
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.workflows.runs.list.infiniteQueryOptions(runsListInput(status), {
          getNextPageParam: nextRunsCursor,
        }),
      )
      .catch(() => undefined),
    queryClient.query(trpc.workflows.runs.counts.queryOptions()).catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Workflows"
        description="Background jobs your store ran, step by step. Open a run to see where it stopped; failed runs can be retried."
      />
      <HydrateClient>
        <RunsView status={status} locale={store.locale} timeZone={store.timezone} />
      </HydrateClient>
    </>
  );
}
