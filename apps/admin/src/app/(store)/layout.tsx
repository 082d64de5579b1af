import { accentStyle, MerchantStoreUnavailable, NoStoreScreen } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { requireSession } from '~/auth/session';
import { SignOutButton } from '~/auth/sign-out-button';
import { AdminShell } from '~/components/admin-shell';
import { Brand } from '~/components/brand';
import { RoleBadge } from '~/components/role-badge';
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
  if (active === null) {
    return (
      <NoStoreScreen
        user={user}
        brand={<Brand />}
        signOut={<SignOutButton />}
        afterInvite="the store appears here the next time you sign in."
      />
    );
  }

  const open = active.status === 'active';
  // Through the request's QueryClient, so pages that need the store reuse the answer. A failure
  // only loses the accent colour here; the page shows the error itself.
  const store = open
    ? await getQueryClient()
        .query(trpc.store.get.queryOptions())
        .catch(() => null)
    : null;

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
          <MerchantStoreUnavailable
            name={active.name}
            status={active.status}
            hasOtherStores={stores.length > 1}
          />
        )}
      </AdminShell>
    </div>
  );
}
