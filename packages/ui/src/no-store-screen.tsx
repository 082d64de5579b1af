import type { ReactNode } from 'react';

import { Card } from './card';
import { EmptyState } from './empty-state';
import { StoreIcon } from './icons';
import { UserSummary, type UserSummaryProps } from './user-summary';

export interface NoStoreScreenProps {
  user: UserSummaryProps;
  /** The app's wordmark; each app brands itself differently. */
  brand: ReactNode;
  /** The app's sign-out button: it reads the app's own public auth config, so it cannot live here. */
  signOut: ReactNode;
  /** Ends the invitation hint with what this app shows once invited, e.g. "the store appears here …". */
  afterInvite: string;
}

/** Signed in, but a member of no store: there is no shell to show, only a way forward. */
export function NoStoreScreen({ user, brand, signOut, afterInvite }: NoStoreScreenProps) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex h-14 items-center justify-between border-b border-border bg-surface px-4 md:px-6">
        {brand}
        <div className="flex items-center gap-2">
          <UserSummary {...user} />
          {signOut}
        </div>
      </header>
      <main className="flex flex-1 items-center justify-center px-4 py-12">
        <Card className="w-full max-w-lg">
          <EmptyState
            icon={<StoreIcon />}
            titleAs="h1"
            title="You are not a member of any store yet"
            description={
              <>
                Signed in as <strong className="font-medium text-foreground">{user.email}</strong>
                {/* One string, so the server HTML keeps a single text node as before. */}
                {`. Ask a store owner or admin to invite this email address; ${afterInvite}`}
              </>
            }
            action={signOut}
          />
        </Card>
      </main>
    </div>
  );
}
