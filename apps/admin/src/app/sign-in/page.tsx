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
    title: 'Sign in to your store',
    description: 'Manage products, orders, customers and your team.',
    footer: 'Storeloom Admin · Protected area for store members',
    // Merchants first: the operator account cannot use the admin, so it goes last.
    demoAccountsFirst: 'merchants',
  },
});
