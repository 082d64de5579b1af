import { emailTransportFromEnv, type EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { isDomainError } from '../errors/domain-error.ts';
import {
  deliverStoreEmail,
  type NotificationResult,
} from '../order-notifications/deliver-store-email.ts';
import { newsletterConfirmPath, newsletterUnsubscribePath } from './newsletter-links.ts';
import type { IssuedConfirmation } from './issue-newsletter-confirmation.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

/**
 * Emails the double opt-in link, with the unsubscribe link in its footer, both on the storefront
 * origin the shopper signed up on. One outbox row per issued token.
 *
 * A delivery that fails for now is not reported to the shopper: the answer to a signup must not
 * depend on whether the address was already known (no enumeration). The failed row stays in the
 * outbox, where the merchant sees it and can send it again.
 */
export async function sendNewsletterConfirmation({
  db,
  tenantId,
  to,
  issued,
  storefrontOrigin,
  transport = emailTransportFromEnv(),
}: {
  db: TenantClient;
  tenantId: string;
  to: string;
  issued: IssuedConfirmation;
  /** `https://shop.example.com`: where the links point. */
  storefrontOrigin: string;
  transport?: EmailTransport;
}): Promise<NotificationResult> {
  const unsubscribeToken = signUnsubscribeToken({ tenantId, subscriberId: issued.subscriberId });
  try {
    return await deliverStoreEmail({
      db,
      tenantId,
      transport,
      to,
      templateKey: 'newsletter_confirmation',
      data: {
        confirmUrl: `${storefrontOrigin}${newsletterConfirmPath(issued.token)}`,
        unsubscribeUrl: `${storefrontOrigin}${newsletterUnsubscribePath(unsubscribeToken)}`,
      },
      idempotencyKey: `newsletter-confirmation:${issued.subscriberId}:${hashOpaqueToken(issued.token).slice(0, 32)}`,
    });
  } catch (error) {
    if (isDomainError(error) && error.code === 'UNAVAILABLE') {
      const emailId = error.details?.emailId;
      return { emailId: typeof emailId === 'string' ? emailId : null, status: 'failed' };
    }
    throw error;
  }
}
