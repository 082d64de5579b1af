import { ButtonLink } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { AuthCard, textLinkClassName } from '~/components/account/auth-card';
import { ResetPasswordForm } from '~/components/account/reset-password-form';

import { accountMetadata } from '../../_lib/account-metadata';

export async function generateMetadata(): Promise<Metadata> {
  // The URL carries a one-time token: it must not leak to other sites in the Referer header.
  return { ...(await accountMetadata('Choose a new password')), referrer: 'no-referrer' };
}

interface ResetPasswordPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The landing page of the emailed reset link; the token is only used when the form is sent. */
export default async function ResetPasswordPage({ searchParams }: ResetPasswordPageProps) {
  const { token } = await searchParams;

  if (typeof token !== 'string' || token.trim() === '') {
    return (
      <AuthCard
        title="This link is incomplete"
        description="Open the link from the password reset email again, or ask for a new one."
      >
        <ButtonLink
          href="/account/forgot-password"
          linkComponent={Link}
          size="lg"
          className="w-full"
        >
          Send me a new link
        </ButtonLink>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Choose a new password"
      description="Once saved, you are signed in here and signed out everywhere else."
      footer={
        <p>
          <Link href="/account/sign-in" className={textLinkClassName}>
            Back to sign in
          </Link>
        </p>
      }
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
