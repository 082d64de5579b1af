import { LazyClerkSignIn } from '@storeloom/client/react/auth';
import { safeNextPath } from '@storeloom/ui';
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';

import { LocalSignIn } from '~/auth/local-sign-in';
import { getSession } from '~/auth/session';
import { env } from '~/env';
import { api } from '~/trpc/server';

export const metadata: Metadata = { title: 'Sign in' };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { next } = await searchParams;
  const target = safeNextPath(typeof next === 'string' ? next : null);

  if (env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY !== undefined) {
    return <LazyClerkSignIn next={target} />;
  }

  // Already signed in (a valid cookie, not just a present one): nothing to do here.
  if ((await getSession()) !== null) redirect(target);

  // Read before rendering (not streamed) so the list is in the first HTML; a failure only hides it.
  const demo = await (await api()).auth.demoAccounts().catch(() => null);
  return <LocalSignIn next={target} demo={demo} />;
}
