import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { redirect } from 'next/navigation';

import { AuthCard, textLinkClassName } from '~/components/account/auth-card';
import { accountNextPath, signInHref } from '~/components/account/next-path';
import { SignUpForm } from '~/components/account/sign-up-form';
import { loadCurrentCustomer } from '~/lib/current-customer';

import { accountMetadata } from '../../_lib/account-metadata';
import { requireStore } from '../../_lib/require-store';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Create account');
}

interface SignUpPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignUpPage({ searchParams }: SignUpPageProps) {
  const next = accountNextPath((await searchParams).next);
  if ((await loadCurrentCustomer()) !== null) redirect(next);
  const store = await requireStore();

  return (
    <AuthCard
      title="Create account"
      description="Check out faster, keep your addresses and follow every order in one place."
      footer={
        <p>
          Already have an account?{' '}
          <Link href={signInHref(next)} className={textLinkClassName}>
            Sign in
          </Link>
        </p>
      }
    >
      <SignUpForm next={next} storeName={store.name} />
    </AuthCard>
  );
}
