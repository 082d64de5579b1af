import type { TenantClient } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { verifyUnsubscribeToken } from './unsubscribe-token.ts';

const invalidLink = () =>
  new DomainError(
    'NOT_FOUND',
    'This unsubscribe link is not valid. Use the link in the latest email from us.',
  );

/**
 * One press from the link in any newsletter email: the address gets no more newsletters, and a
 * shopper account with that email stops accepting marketing. Pressing again answers the same.
 * The token is signed for this store, so another store's link is NOT_FOUND.
 */
export async function unsubscribeFromNewsletter({
  db,
  tenantId,
  token,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  token: string;
  now?: Date;
}): Promise<{ email: string }> {
  const subscriberId = verifyUnsubscribeToken({ tenantId, token });
  if (!subscriberId) throw invalidLink();
  return db.$transaction(async (tx) => {
    const subscriber = await tx.newsletterSubscriber.findFirst({
      where: { id: subscriberId },
      select: { id: true, email: true, status: true },
    });
    if (!subscriber) throw invalidLink();
    if (subscriber.status !== 'unsubscribed') {
      await tx.newsletterSubscriber.update({
        where: { id: subscriber.id },
        // A pending confirmation dies with it: the old link must not subscribe them again.
        data: {
          status: 'unsubscribed',
          unsubscribedAt: now,
          confirmTokenHash: null,
          updatedAt: now,
        },
      });
      await tx.customer.updateMany({
        where: { email: subscriber.email },
        data: { acceptsMarketing: false },
      });
    }
    return { email: subscriber.email };
  });
}
