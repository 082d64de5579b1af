'use client';

import { Button } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';

import { useTRPC } from '../trpc-context';
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

export interface SignOutButtonProps {
  /** Whether Clerk signs people in (a publishable key is set); otherwise local auth. */
  clerk: boolean;
}

export function SignOutButton({ clerk }: SignOutButtonProps) {
  return clerk ? <LazyClerkSignOutButton /> : <LocalSignOutButton />;
}
