import { MerchantStoreUnavailable, NoStoreScreen } from '@storeloom/ui';
import type { ReactNode } from 'react';

import { requireSession } from '~/auth/session';
import { SignOutButton } from '~/auth/sign-out-button';
import { Brand } from '~/components/brand';
import { WorkspaceShell } from '~/components/workspace-shell';

const roleLabels = { owner: 'Owner', admin: 'Admin', staff: 'Staff', viewer: 'Viewer' } as const;

/**
 * Builder pages outside the editor: signed in, with an active store. No loading.tsx sits above
 * this layout, so a signed-out redirect is a real 307 rather than a streamed one.
 */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const user = { name: session.user.name, email: session.user.email };
  const store = session.activeStore;
  if (store === null) {
    return (
      <NoStoreScreen
        user={user}
        brand={<Brand />}
        signOut={<SignOutButton />}
        afterInvite="its pages appear here the next time you sign in."
      />
    );
  }

  return (
    <WorkspaceShell
      store={{ id: store.id, name: store.name, role: roleLabels[store.role] }}
      user={user}
      userMenu={<SignOutButton />}
    >
      {store.status === 'active' ? (
        children
      ) : (
        <MerchantStoreUnavailable name={store.name} status={store.status} hasOtherStores={false} />
      )}
    </WorkspaceShell>
  );
}
