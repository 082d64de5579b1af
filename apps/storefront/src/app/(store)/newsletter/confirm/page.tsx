import { Button, ButtonLink, CheckIcon, MailIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { notFound } from 'next/navigation';

import { LinkFailurePanel } from '~/components/newsletter/link-failure-panel';
import { NewsletterPanel } from '~/components/newsletter/newsletter-panel';
import { loadCurrentStore } from '~/lib/current-store';
import { newsletterPageMetadata } from '~/lib/newsletter/newsletter-metadata';
import { confirmFailures, pickCode, tokenParam } from '~/lib/newsletter/newsletter-messages';

import { confirmSubscription } from '../actions';

interface ConfirmPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata(): Promise<Metadata> {
  return newsletterPageMetadata('Confirm your subscription');
}

/**
 * Where the confirmation email links to. Opening the link only shows a button: confirming is a
 * POST (a server action), so mail scanners that follow links subscribe nobody. The action
 * comes back here with `status`.
 */
export default async function NewsletterConfirmPage({ searchParams }: ConfirmPageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { name } = result.store;
  const params = await searchParams;

  if (params.status === 'confirmed') {
    const unsubscribeToken = tokenParam(params.unsubscribe);
    return (
      <NewsletterPanel icon={<CheckIcon />} title="You’re subscribed">
        <p role="status">Thanks for confirming. News from {name} will now arrive in your inbox.</p>
        {unsubscribeToken !== undefined && (
          <p>
            Changed your mind?{' '}
            <Link
              href={`/newsletter/unsubscribe?token=${encodeURIComponent(unsubscribeToken)}`}
              className="font-medium text-foreground underline underline-offset-4 hover:text-accent"
            >
              Unsubscribe
            </Link>
            . Every email from us has this link too.
          </p>
        )}
        <ButtonLink href="/" linkComponent={Link} variant="secondary" size="lg">
          Continue shopping
        </ButtonLink>
      </NewsletterPanel>
    );
  }

  const failure = pickCode(confirmFailures, params.status);
  const token = tokenParam(params.token);
  if (failure !== undefined || token === undefined) {
    return <LinkFailurePanel failure={confirmFailures[failure ?? 'invalid']} offerSignUp={true} />;
  }

  return (
    <NewsletterPanel icon={<MailIcon />} title="Confirm your subscription">
      <p>Press the button to confirm that you would like to get news from {name} by email.</p>
      <form action={confirmSubscription}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" size="lg">
          Confirm subscription
        </Button>
      </form>
    </NewsletterPanel>
  );
}
