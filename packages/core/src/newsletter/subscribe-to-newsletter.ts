import type { EmailTransport } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import type { NewsletterSubscribeInput } from '@storeloom/validators';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import type { RateLimiter } from '../customer-accounts/rate-limiter.ts';
import { issueNewsletterConfirmation } from './issue-newsletter-confirmation.ts';
import { sendNewsletterConfirmation } from './send-newsletter-confirmation.ts';

/** The one answer to every accepted signup, whatever the address's state. */
export interface NewsletterSubscribeResult {
  result: 'confirmation_requested';
}

/**
 * A shopper asks for the store's newsletter (double opt-in): the address becomes pending and is
 * sent a confirmation link; nobody is subscribed until they use it. The answer is the same for
 * a new, pending, subscribed or bounced address, so the form cannot tell who is on the list.
 * Limited per IP and per address (the address is hashed in the bucket key: no emails in the
 * rate-limit table).
 */
export async function subscribeToNewsletter({
  db,
  tenantId,
  input,
  ip,
  storefrontOrigin,
  rateLimit,
  transport,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  input: NewsletterSubscribeInput;
  ip: string | null;
  storefrontOrigin: string;
  rateLimit: RateLimiter;
  transport?: EmailTransport;
  now?: Date;
}): Promise<NewsletterSubscribeResult> {
  await rateLimit({
    key: `newsletter-subscribe:${tenantId}:ip:${ip ?? 'unknown'}`,
    limit: 30,
    windowSeconds: 60 * 60,
  });
  await rateLimit({
    key: `newsletter-subscribe:${tenantId}:email:${hashOpaqueToken(input.email)}`,
    limit: 5,
    windowSeconds: 60 * 60,
  });
  const issued = await issueNewsletterConfirmation(db, { tenantId, input, now });
  if (issued) {
    await sendNewsletterConfirmation({
      db,
      tenantId,
      to: input.email,
      issued,
      storefrontOrigin,
      transport,
    });
  }
  return { result: 'confirmation_requested' };
}
