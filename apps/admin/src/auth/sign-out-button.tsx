'use client';

import { Button } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';

import { env } from '~/env';
import { useTRPC } from '~/trpc/react';

import { LazyClerkSignOutButton } from './clerk-components';

function LocalSignOutButton() {
  const trpc = useTRPC();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      // Leave even if the call failed: staying on a page that looks signed in would be worse,
      // and the sign-in page shows whether the session is still there.
      onSettled: () => {
        // A full page load on purpose: it drops the browser's cache of this person's data along
        // with the page, which a client-side navigation would keep.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign('/sign-in');
      },
    }),
  );

  return (
    <Button
      variant="ghost"
      size="sm"
      loading={signOut.isPending}
      onClick={() => {
        signOut.mutate();
      }}
    >
      Sign out
    </Button>
  );
}

export function SignOutButton() {
  return env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY !== undefined ? (
    <LazyClerkSignOutButton />
  ) : (
    <LocalSignOutButton />
  );
}
