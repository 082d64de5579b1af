'use client';

import { useClerk } from '@clerk/nextjs';
import { Button } from '@storeloom/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/** Ends the Clerk session (our API only reads Clerk's token) and returns to the sign-in page. */
export function ClerkSignOutButton() {
  const clerk = useClerk();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState(false);

  return (
    <Button
      variant="ghost"
      size="sm"
      loading={pending}
      onClick={async () => {
        setPending(true);
        queryClient.clear();
        await clerk.signOut({ redirectUrl: '/sign-in' });
      }}
    >
      Sign out
    </Button>
  );
}
