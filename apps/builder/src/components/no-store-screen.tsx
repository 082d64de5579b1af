import { Card, EmptyState, StoreIcon } from '@storeloom/ui';

import { SignOutButton } from '~/auth/sign-out-button';

import { Brand } from './brand';
import { UserSummary, type UserSummaryProps } from './user-summary';

/** Signed in, but a member of no store: there is no shell to show, only a way forward. */
export function NoStoreScreen({ user }: { user: UserSummaryProps }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex h-14 items-center justify-between border-b border-border bg-surface px-4 md:px-6">
        <Brand />
        <div className="flex items-center gap-2">
          <UserSummary {...user} />
          <SignOutButton />
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
                Signed in as <strong className="font-medium text-foreground">{user.email}</strong>.
                Ask a store owner or admin to invite this email address; its pages appear here the
                next time you sign in.
              </>
            }
            action={<SignOutButton />}
          />
        </Card>
      </main>
    </div>
  );
}
