import { MailIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { NewsletterPanel } from '~/components/newsletter/newsletter-panel';
import { NewsletterSignupForm } from '~/components/newsletter/newsletter-signup-form';
import { loadCurrentStore } from '~/lib/current-store';
import { newsletterPageMetadata } from '~/lib/newsletter/newsletter-metadata';
import { pickCode, signupErrors } from '~/lib/newsletter/newsletter-messages';

interface SignUpPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata(): Promise<Metadata> {
  return newsletterPageMetadata('Newsletter');
}

/** The signup form on its own page; where a signup that needs fixing comes back to, with why. */
export default async function NewsletterSignUpPage({ searchParams }: SignUpPageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const error = pickCode(signupErrors, (await searchParams).error);

  return (
    <NewsletterPanel icon={<MailIcon />} title={`Get news from ${result.store.name}`}>
      <p>
        New arrivals, offers and stories, straight to your inbox. You are only added once you
        confirm the email we send you.
      </p>
      <NewsletterSignupForm
        id="newsletter-email"
        source="page"
        error={error === undefined ? undefined : signupErrors[error]}
        autoFocus={error !== undefined}
      />
    </NewsletterPanel>
  );
}
