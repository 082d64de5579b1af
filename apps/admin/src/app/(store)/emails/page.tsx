import { hasPermission } from '@storeloom/auth/permissions';
import { PageHeader } from '@storeloom/ui';
import type { Metadata } from 'next';

import { requireSession } from '~/auth/session';
import { EmailsTabs } from '~/components/emails/emails-tabs';
import { OutboxView } from '~/components/emails/outbox-view';
import { nextOutboxCursor, outboxListInput, readEmailStatus } from '~/lib/email-outbox-filters';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Emails' };

interface EmailsPageProps {
  searchParams: Promise<{ status?: string | string[] }>;
}

/** The outbox: every email the store sent or tried to send, and its delivery. */
export default async function EmailsPage({ searchParams }: EmailsPageProps) {
  const status = readEmailStatus((await searchParams).status);
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  // Awaited, not streamed, as on the team page; failures are left to the client's retry.
  const [store] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient
      .infiniteQuery(
        trpc.emails.outbox.list.infiniteQueryOptions(outboxListInput(status), {
          getNextPageParam: nextOutboxCursor,
        }),
      )
      .catch(() => undefined),
  ]);

  return (
    <>
      <PageHeader
        title="Emails"
        description="What your store sent to customers and your team, and whether it arrived."
      />
      <EmailsTabs current="outbox" />
      <HydrateClient>
        <OutboxView
          status={status}
          canRetry={hasPermission(role, 'email:write')}
          locale={store.locale}
          timeZone={store.timezone}
        />
      </HydrateClient>
    </>
  );
}
