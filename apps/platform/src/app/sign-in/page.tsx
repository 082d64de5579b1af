import { createSignInPage } from '@storeloom/client/next/auth';
import type { Metadata } from 'next';

import { getSession } from '~/auth/session';
import { Brand } from '~/components/brand';
import { env } from '~/env';
import { api } from '~/trpc/server';

export const metadata: Metadata = { title: 'Sign in' };

export default createSignInPage({
  clerk: env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY !== undefined,
  api,
  getSession,
  panel: {
    brand: <Brand />,
    title: 'Operator sign-in',
    description: 'Manage tenants, plans and billing across Storeloom.',
    footer: 'Storeloom Platform · Restricted to platform operators',
    // Operators first: the console is theirs; store accounts stay listed to show the refusal.
    demoAccountsFirst: 'operators',
  },
});
