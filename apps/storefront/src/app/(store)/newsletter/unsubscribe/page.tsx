import { Button, ButtonLink, CheckIcon, MailIcon } from '@storeloom/ui';
import type { Metadata } from 'next';
import { Link } from '~/components/link';
import { notFound } from 'next/navigation';

import { LinkFailurePanel } from '~/components/newsletter/link-failure-panel';
import { NewsletterPanel } from '~/components/newsletter/newsletter-panel';
import { loadCurrentStore } from '~/lib/current-store';
import { newsletterPageMetadata } from '~/lib/newsletter/newsletter-metadata';
import { unsubscribeFailures, pickCode, tokenParam } from '~/lib/newsletter/newsletter-messages';

import { unsubscribe } from '../actions';

interface UnsubscribePageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export function generateMetadata(): Promise<Metadata> {
  return newsletterPageMetadata('Unsubscribe');
}

/**
 * Where the unsubscribe link of every newsletter email leads: one button, pressed once. Like
 * confirming, it is a POST, so a link scanner cannot unsubscribe anyone.
 */
export default async function NewsletterUnsubscribePage({ searchParams }: UnsubscribePageProps) {
  const result = await loadCurrentStore();
  if (result.kind !== 'ok') notFound();
  const { name } = result.store;
  const params = await searchParams;

  if (params.status === 'done') {
    return (
      <NewsletterPanel icon={<CheckIcon />} title="You’re unsubscribed">
        <p role="status">
          You will not get newsletters from {name} any more. Emails about your orders, like receipts
          and shipping updates, still arrive.
        </p>
        <p>
          Unsubscribed by mistake?{' '}
          <Link
            href="/newsletter/sign-up"
            className="font-medium text-foreground underline underline-offset-4 hover:text-accent"
          >
            Sign up again
          </Link>
          .
        </p>
        <ButtonLink href="/" linkComponent={Link} variant="secondary" size="lg">
          Continue shopping
        </ButtonLink>
      </NewsletterPanel>
    );
  }

  const failure = pickCode(unsubscribeFailures, params.status);
  const token = tokenParam(params.token);
  if (failure !== undefined || token === undefined) {
    return (
      <LinkFailurePanel failure={unsubscribeFailures[failure ?? 'invalid']} offerSignUp={false} />
    );
  }

  return (
    <NewsletterPanel icon={<MailIcon />} title={`Unsubscribe from ${name} news?`}>
      <p>Press the button and we will stop sending you newsletters.</p>
      <form action={unsubscribe}>
        <input type="hidden" name="token" value={token} />
        <Button type="submit" size="lg">
          Unsubscribe
        </Button>
      </form>
    </NewsletterPanel>
  );
}
