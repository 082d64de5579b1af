import { Card, EmptyState, ShieldIcon } from '@storeloom/ui';
import type { Metadata } from 'next';

import { SignOutButton } from '~/auth/sign-out-button';
import { Brand } from '~/components/brand';

export const metadata: Metadata = { title: 'Operators only' };

/** Rendered with status 403 for signed-in people who are not platform operators. */
export default function Forbidden() {
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="flex h-14 items-center border-b border-border bg-surface px-4 md:px-6">
        <Brand />
      </header>
      <main className="flex flex-1 items-center justify-center px-4 py-12">
        <Card className="w-full max-w-lg">
          <EmptyState
            icon={<ShieldIcon />}
            titleAs="h1"
            title="Operators only"
            description="The platform console is for Storeloom operators. Your account does not have operator access. Store owners and staff manage their store in Storeloom Admin."
            action={<SignOutButton />}
          />
        </Card>
      </main>
    </div>
  );
}
