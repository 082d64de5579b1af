import { ButtonLink, MailIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { notFound } from 'next/navigation';

import { NewsletterPanel } from '~/components/newsletter/newsletter-panel';
import { loadCurrentStore } from '~/lib/current-store';
import { newsletterPageMetadata } from '~/lib/newsletter/newsletter-metadata';

export function generateMetadata(): Promise<Metadata> {
  return newsletterPageMetadata('Check your inbox');
}

/**
 * After a signup. It reads the same whether the address was new, pending or already
 * subscribed, so it tells nobody who is on the list.
 */
export default async function NewsletterSignedUpPage() {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { name } = result.store;

  return (
    <NewsletterPanel icon={<MailIcon />} title="Check your inbox">
      <p>
        We have sent a confirmation link to the address you entered. Open the email from {name} and
        press <strong className="font-medium text-foreground">Confirm subscription</strong> to start
        getting our news. If the address is already subscribed, nothing changes.
      </p>
      <p>
        The link works for 7 days. Nothing there? Look in your spam folder, or sign up again in 10
        minutes and we will send another.
      </p>
      <ButtonLink href="/" linkComponent={Link} variant="secondary" size="lg">
        Continue shopping
      </ButtonLink>
    </NewsletterPanel>
  );
}
