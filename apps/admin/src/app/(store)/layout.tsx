import { accentStyle } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { requireSession } from '~/auth/session';
import { SignOutButton } from '~/auth/sign-out-button';
import { AdminShell } from '~/components/admin-shell';
import { NoStoreScreen } from '~/components/no-store-screen';
import { RoleBadge } from '~/components/role-badge';
import { StoreUnavailable } from '~/components/store-unavailable';
import { roleLabels } from '~/lib/roles';
import { switchStoreHref } from '~/lib/switch-store-href';
import { getQueryClient, trpc } from '~/trpc/server';

/**
 * Every merchant page: signed in, with an active store, inside the admin shell. No loading.tsx
 * sits above this layout, so a signed-out redirect is a real 307 rather than a streamed one.
 */
export default async function StoreLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const user = { name: session.user.name, email: session.user.email };
  const active = session.activeStore;
  if (active === null) return <NoStoreScreen user={user} />;

  const open = active.status === 'active';
  const queryClient = getQueryClient();
  // Shared with the page through the request's QueryClient, so the dashboard does not ask twice.
  // Failures only lose the accent and the badge here; the page shows the error itself.
  const [store, overview] = open
    ? await Promise.all([
        queryClient.query(trpc.store.get.queryOptions()).catch(() => null),
        queryClient.query(trpc.store.overview.queryOptions()).catch(() => null),
      ])
    : [null, null];

  const stores = session.memberships.map((membership) => ({
    id: membership.store.id,
    name: membership.store.name,
    href: switchStoreHref(membership.store.id),
    detail:
      membership.store.status === 'active'
        ? roleLabels[membership.role]
        : `${roleLabels[membership.role]} · ${membership.store.status}`,
  }));

  return (
    <div style={accentStyle(store?.theme.accentColor)}>
      <AdminShell
        stores={stores}
        currentStoreId={active.id}
        user={user}
        openOrderCount={overview?.openOrders}
        userMenu={
          <>
            <RoleBadge role={active.role} />
            <SignOutButton />
          </>
        }
      >
        {open ? (
          children
        ) : (
          <StoreUnavailable
            name={active.name}
            status={active.status}
            hasOtherStores={stores.length > 1}
          />
        )}
      </AdminShell>
    </div>
  );
}
