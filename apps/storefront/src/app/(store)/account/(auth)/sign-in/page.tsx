import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { redirect } from 'next/navigation';

import { AuthCard, textLinkClassName } from '~/components/account/auth-card';
import { accountNextPath, withNext } from '~/components/account/next-path';
import { SignInForm } from '~/components/account/sign-in-form';
import { loadCurrentCustomer } from '~/lib/current-customer';

import { accountMetadata } from '../../_lib/account-metadata';
import { requireStore } from '../../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Sign in');
}

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const next = accountNextPath((await searchParams).next);
  // Already signed in (another tab, the back button): go where signing in would have led.
  if ((await loadCurrentCustomer()) !== null) redirect(next);
  const store = await requireStore();

  return (
    <AuthCard
      title="Sign in"
      description={`Welcome back to ${store.name}. Sign in to see your orders and saved addresses.`}
      footer={
        <p>
          New to {store.name}?{' '}
          <Link href={withNext('/account/sign-up', next)} className={textLinkClassName}>
            Create an account
          </Link>
        </p>
      }
    >
      <SignInForm next={next} />
      <div className="mt-5 flex flex-wrap justify-between gap-x-4 gap-y-2 text-sm">
        <Link href="/account/forgot-password" className={textLinkClassName}>
          Forgot your password?
        </Link>
        <Link href="/account/magic-link" className={textLinkClassName}>
          Email me a sign-in link
        </Link>
      </div>
    </AuthCard>
  );
}
