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
    title: 'Sign in to the builder',
    description: "Design your store's pages, preview them and publish.",
    footer: 'Storeloom Builder · Protected area for store members',
    // Merchants first: the operator account has no store to design, so it goes last.
    demoAccountsFirst: 'merchants',
  },
});
