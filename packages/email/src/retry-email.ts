import type { TenantClient } from '@storeloom/db';

import { deliverOutboxEmail, type DeliveryResult } from './deliver-outbox-email.ts';
import { EmailOutboxError } from './errors.ts';
import type { EmailTransport } from './transports/email-transport.ts';

/** Sends a failed email again: the same message, the same idempotency key, one more attempt. */
export async function retryEmail({
  db,
  emailId,
  transport,
}: {
  db: TenantClient;
  emailId: string;
  transport: EmailTransport;
}): Promise<DeliveryResult> {
  const row = await db.emailOutbox.findUnique({ where: { id: emailId }, select: { status: true } });
  if (!row) throw new EmailOutboxError('not_found', 'Email not found');
  if (row.status !== 'failed') {
    throw new EmailOutboxError(
      'not_retriable',
      `Only failed emails can be retried; this one is ${row.status}.`,
    );
  }
  return deliverOutboxEmail({ db, emailId, transport, from: ['failed'] });
}
