import type { Metadata } from 'next';
import { Link } from '~/components/link';

import { AuthCard, textLinkClassName } from '~/components/account/auth-card';
import { EmailLinkRequestForm } from '~/components/account/email-link-request-form';

import { accountMetadata } from '../../_lib/account-metadata';

export function generateMetadata(): Promise<Metadata> {
  return accountMetadata('Reset your password');
}

export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      description="Enter the email you signed up with and we will send you a link to choose a new password."
      footer={
        <p>
          Remembered it?{' '}
          <Link href="/account/sign-in" className={textLinkClassName}>
            Back to sign in
          </Link>
        </p>
      }
    >
      <EmailLinkRequestForm kind="password_reset" submitLabel="Email me a reset link" />
    </AuthCard>
  );
}
