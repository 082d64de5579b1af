'use client';

import { Button, useHydrated } from '@storeloom/ui';
import { useMutation } from '@tanstack/react-query';

import { useTRPC } from '~/trpc/react';

/** Ends this browser's session (and forgets its cart), then shows the store signed out. */
export function SignOutButton({ className }: { className?: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const signOut = useMutation(
    trpc.storefront.account.signOut.mutationOptions({
      // A full load: the header, the cart and every cached query were the signed-in shopper's.
      onSuccess: () => {
        window.location.replace('/');
      },
    }),
  );
  return (
    <div className="contents">
      <Button
        variant="ghost"
        className={className}
        loading={signOut.isPending || signOut.isSuccess}
        disabled={!hydrated}
        onClick={() => {
          signOut.mutate();
        }}
      >
        Sign out
      </Button>
      {signOut.isError && (
        <p role="alert" className="px-3 text-xs text-danger">
          Could not sign out. Try again.
        </p>
      )}
    </div>
  );
}
