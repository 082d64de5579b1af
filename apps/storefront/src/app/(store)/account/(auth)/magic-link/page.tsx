import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { AuthCard, textLinkClassName } from '~/components/account/auth-card';
import { EmailLinkRequestForm } from '~/components/account/email-link-request-form';
import { MagicLinkSignIn } from '~/components/account/magic-link-sign-in';

import { accountMetadata } from '../../_lib/account-metadata';
import { requireStore } from '../../_lib/require-store';

export async function generateMetadata(): Promise<Metadata> {
  // The URL carries a one-time token: it must not leak to other sites in the Referer header.
  return { ...(await accountMetadata('Sign in with an email link')), referrer: 'no-referrer' };
}

interface MagicLinkPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/**
 * Without a token: ask for a sign-in link. With one (from the email): a button that signs in.
 * Opening the page never uses the token, so a mail scanner's visit leaves it working.
 */
export default async function MagicLinkPage({ searchParams }: MagicLinkPageProps) {
  const { token } = await searchParams;
  const store = await requireStore();
  const footer = (
    <p>
      Prefer your password?{' '}
      <Link href="/account/sign-in" className={textLinkClassName}>
        Sign in with it
      </Link>
    </p>
  );

  if (typeof token === 'string' && token.trim() !== '') {
    return (
      <AuthCard
        title="Sign in with your email link"
        description="The link works once. Continue on this device to sign in here."
        footer={footer}
      >
        <MagicLinkSignIn token={token} storeName={store.name} />
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Sign in with an email link"
      description="No password needed: we email you a link that signs you in. It works once, for 15 minutes."
      footer={footer}
    >
      <EmailLinkRequestForm kind="magic_link" submitLabel="Email me a sign-in link" />
    </AuthCard>
  );
}
