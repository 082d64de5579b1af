import { hasPermission } from '@storeloom/auth/permissions';
import { idSchema } from '@storeloom/validators';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { requireSession } from '~/auth/session';
import { OutboxEmailDetail } from '~/components/emails/outbox-email-detail';
import { isNotFoundError } from '~/lib/is-not-found-error';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Email' };

interface OutboxEmailPageProps {
  params: Promise<{ emailId: string }>;
}

export default async function OutboxEmailPage({ params }: OutboxEmailPageProps) {
  const { emailId } = await params;
  if (!idSchema.safeParse(emailId).success) notFound();
  const session = await requireSession();
  const role = session.activeStore?.role ?? 'viewer';
  const queryClient = getQueryClient();
  const [store, found] = await Promise.all([
    queryClient.query(trpc.store.get.queryOptions()),
    queryClient.query(trpc.emails.outbox.get.queryOptions({ emailId })).then(
      () => true,
      // Another store's email is not found either; other failures get the client's retry.
      (error: unknown) => !isNotFoundError(error),
    ),
  ]);
  if (!found) notFound();

  return (
    <HydrateClient>
      <OutboxEmailDetail
        emailId={emailId}
        canRetry={hasPermission(role, 'email:write')}
        locale={store.locale}
        timeZone={store.timezone}
      />
    </HydrateClient>
  );
}
