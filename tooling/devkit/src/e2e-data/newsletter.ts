import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

/**
 * The plain text of the newest newsletter confirmation email a store sent to `to`, as the
 * outbox holds it (the e2e server has no email provider), or null when none was sent.
 */
export async function latestNewsletterConfirmation(
  db: UnscopedClient,
  options: { storeSlug: string; to: string },
): Promise<string | null> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const email = await db.emailOutbox.findFirst({
    where: { tenantId, to: options.to, templateKey: 'newsletter_confirmation' },
    orderBy: { createdAt: 'desc' },
    select: { text: true },
  });
  return email?.text ?? null;
}

/** The status of an address on a store's newsletter list, or null when it is not on it. */
export async function newsletterStatusOf(
  db: UnscopedClient,
  options: { storeSlug: string; email: string },
): Promise<string | null> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const subscriber = await db.newsletterSubscriber.findFirst({
    where: { tenantId, email: options.email },
    select: { status: true },
  });
  return subscriber?.status ?? null;
}
