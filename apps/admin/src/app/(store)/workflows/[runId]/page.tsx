import { hasPermission } from '@storeloom/auth/permissions';
import { idSchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { RunDetail } from '~/components/workflows/run-detail';
import { isNotFoundError } from '~/lib/is-not-found-error';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Workflow run' };

interface WorkflowRunPageProps {
  params: Promise<{ runId: string }>;
}

export default async function WorkflowRunPage({ params }: WorkflowRunPageProps) {
  const { runId } = await params;
  if (!idSchema.safeParse(runId).success) notFound();
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, found] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.workflows.runs.get.queryOptions({ runId })).then(
      () => true,
      // A run of another store is not found either. Other failures are left to the client,
      // which shows them with a retry.
      (error: unknown) => !isNotFoundError(error),
    ),
  ]);
  if (!found) notFound();

  return (
    <HydrateClient>
      <RunDetail
        runId={runId}
        canRetry={hasPermission(role, 'orders:write')}
        locale={store.locale}
        timeZone={store.timezone}
      />
    </HydrateClient>
  );
}
