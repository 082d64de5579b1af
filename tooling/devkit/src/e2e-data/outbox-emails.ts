import { randomUUID } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

/**
 * An email whose delivery failed once, as the outbox records it. Retrying it in the admin sends
 * it through the e2e server's transport (the outbox itself: no email provider is configured).
 */
export async function createFailedOutboxEmail(
  db: UnscopedClient,
  options: { storeSlug: string; to: string; subject: string; error: string },
): Promise<{ emailId: string }> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const email = await db.emailOutbox.create({
    data: {
      tenantId,
      to: options.to,
      from: 'Storeloom <no-reply@storeloom.localhost>',
      subject: options.subject,
      html: `<p>${options.subject}</p>`,
      text: options.subject,
      templateKey: 'shipping_update',
      status: 'failed',
      error: options.error,
      attempts: 1,
      idempotencyKey: `e2e:${randomUUID()}`,
    },
    select: { id: true },
  });
  return { emailId: email.id };
}

/**
 * The plain text of the newest email of `templateKey` a store sent to `to`, as the outbox holds
 * it (the e2e server has no email provider), or null when none was sent yet.
 */
export async function latestOutboxEmailText(
  db: UnscopedClient,
  options: { storeSlug: string; to: string; templateKey: string },
): Promise<string | null> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const email = await db.emailOutbox.findFirst({
    where: { tenantId, to: options.to, templateKey: options.templateKey },
    orderBy: { createdAt: 'desc' },
    select: { text: true },
  });
  return email?.text ?? null;
}
