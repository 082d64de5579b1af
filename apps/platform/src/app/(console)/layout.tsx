import { forbidden } from 'next/navigation';
import type { ReactNode } from 'react';

import { requireSession } from '~/auth/session';
import { SignOutButton } from '~/auth/sign-out-button';
import { PlatformShell } from '~/components/platform-shell';

/**
 * Every console page: signed in (else sign-in) and a platform operator (else 403).
 * There is deliberately no loading.tsx above this layout: its Suspense boundary would start the
 * response (status 200) before forbidden() or redirect() could set 403 or 307.
 */
export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  // The API refuses non-operators on every platform call as well; this gives them a proper page.
  if (!session.user.isPlatformOperator) forbidden();

  return (
    <PlatformShell
      operator={{ name: session.user.name, email: session.user.email }}
      userMenu={<SignOutButton />}
    >
      {children}
    </PlatformShell>
  );
}
