import { ButtonLink, WarningIcon } from '@storeloom/ui';
import { Link } from '~/components/link';

import type { LinkFailureText } from '~/lib/newsletter/newsletter-messages';

import { NewsletterPanel } from './newsletter-panel';

export interface LinkFailurePanelProps {
  failure: LinkFailureText;
  /** Offer a fresh signup (a confirmation link that failed); not for unsubscribing. */
  offerSignUp: boolean;
}

/** A confirm or unsubscribe link that did not work, and the way forward. */
export function LinkFailurePanel({ failure, offerSignUp }: LinkFailurePanelProps) {
  return (
    <NewsletterPanel icon={<WarningIcon />} title={failure.title}>
      <p role="alert">{failure.text}</p>
      <div className="flex flex-wrap gap-3">
        {offerSignUp && (
          <ButtonLink href="/newsletter/sign-up" linkComponent={Link} size="lg">
            Sign up again
          </ButtonLink>
        )}
        <ButtonLink href="/" linkComponent={Link} variant="secondary" size="lg">
          Continue shopping
        </ButtonLink>
      </div>
    </NewsletterPanel>
  );
}
