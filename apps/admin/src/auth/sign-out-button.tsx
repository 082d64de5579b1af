'use client';

import { SignOutButton as SharedSignOutButton } from '@storeloom/client/react/auth';

import { env } from '~/env';

export function SignOutButton() {
  // Read here, in a client module, so Next inlines the public key at build time.
  return <SharedSignOutButton clerk={env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY !== undefined} />;
}
