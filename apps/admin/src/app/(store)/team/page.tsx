import { hasPermission } from '@storeloom/auth/permissions';
import { Card, EmptyState, PageHeader, ShieldIcon } from '@storeloom/ui';
import type { Metadata } from 'next';

import { requireSession } from '~/auth/session';
import { TeamManager } from '~/components/team/team-manager';
import { roleLabels } from '~/lib/roles';
import { getQueryClient, HydrateClient, trpc } from '~/trpc/server';

export const metadata: Metadata = { title: 'Team' };

export default async function TeamPage() {
  const session = await requireSession();
  const store = session.activeStore;
  // The layout renders no page without an active store; this only narrows the type.
  if (store === null) return null;

  if (!hasPermission(store.role, 'members:read')) {
    return (
      <>
        <PageHeader title="Team" />
        <Card>
          <EmptyState
            icon={<ShieldIcon />}
            title="The team list is not available to your role"
            description={`As a ${roleLabels[store.role]} you can browse the store, but only staff, admins and owners see who else has access. Ask an owner if you need more.`}
          />
        </Card>
      </>
    );
  }

  // Awaited, not streamed: the client list renders without suspense, so a query still pending on
  // the server would render differently there than in the browser. Failures are left to the client.
  await getQueryClient()
    .query(trpc.members.list.queryOptions())
    .catch(() => undefined);
  const canManage = hasPermission(store.role, 'members:invite');
  return (
    <>
      <PageHeader
        title="Team"
        description={
          canManage
            ? `Invite people to ${store.name}, change what they can do, or remove their access.`
            : `Who has access to ${store.name}. Only owners and admins can change the team.`
        }
      />
      <HydrateClient>
        <TeamManager
          actorRole={store.role}
          currentUserId={session.user.id}
          storeName={store.name}
        />
      </HydrateClient>
    </>
  );
}
