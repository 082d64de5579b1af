import type { TenantClient } from '@storeloom/db';

import { hashOpaqueToken } from '../customer-accounts/customer-session-token.ts';
import { DomainError } from '../errors/domain-error.ts';
import { CONFIRM_TOKEN_TTL_MS, confirmTokenIssuedAt } from './confirm-token.ts';
import { signUnsubscribeToken } from './unsubscribe-token.ts';

const invalidLink = () =>
  new DomainError(
    'NOT_FOUND',
    'This confirmation link is not valid or has already been used. If you are not subscribed yet, sign up again.',
  );

export interface NewsletterConfirmation {
  email: string;
  /** For the "changed your mind?" link on the confirmation page. */
  unsubscribeToken: string;
}

/**
 * The second half of double opt-in: the token from the email makes its pending address
 * subscribed, once (the token is cleared). A shopper account with the same email in this store
 * is linked and marked as accepting marketing. Unknown, used and other stores' tokens are
 * NOT_FOUND; an expired one is PRECONDITION_FAILED.
 */
export async function confirmNewsletterSubscription({
  db,
  tenantId,
  token,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  now?: Date;
}): Promise<NewsletterConfirmation> {
  const issuedAt = confirmTokenIssuedAt(token);
  if (!issuedAt) throw invalidLink();
  const hash = hashOpaqueToken(token);
  return db.$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findFirst({
      where: { status: 'pending', confirmTokenHash: hash },
      select: { id: true, email: true },
    });
    if (!subscriber) throw invalidLink();
    if (now.getTime() - issuedAt.getTime() > CONFIRM_TOKEN_TTL_MS) {
      throw new DomainError(
        'PRECONDITION_FAILED',
        'This confirmation link has expired. Sign up again and we will send you a new one.',
      );
    }
    const customer = await tx.customer.findFirst({
      where: { email: subscriber.email },
      select: { id: true },
    });
    // Conditional on the token still being there: of two presses at once, one confirms.
    const { count } = await tx.newsletterSubscriber.updateMany({
      where: { id: subscriber.id, status: 'pending', confirmTokenHash: hash },
      data: {
        status: 'subscribed',
        confirmedAt: now,
        confirmTokenHash: null,
        ...(customer ? { customerId: customer.id } : {}),
        updatedAt: now,
      },
    });
    if (count !== 1) throw invalidLink();
    if (customer) {
      await tx.customer.update({ where: { id: customer.id }, data: { acceptsMarketing: true } });
    }
    return {
      email: subscriber.email,
      unsubscribeToken: signUnsubscribeToken({ tenantId, subscriberId: subscriber.id }),
    };
  });
}
