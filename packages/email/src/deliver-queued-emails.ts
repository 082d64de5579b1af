import type { TenantClient } from '@storeloom/db';

import { deliverOutboxEmail, type DeliveryResult } from './deliver-outbox-email.ts';
import type { EmailTransport } from './transports/email-transport.ts';

export interface DeliverQueuedEmailsOptions {
  db: TenantClient;
  transport: EmailTransport;
  /** Queued rows younger than this may still be delivered by the send that created them. */
  queuedForMs?: number;
  /**
   * A row left `sending` this long after it was created was cut off mid-send (a crash). Sending it
   * again is safe: the provider sees the same idempotency key and does not send twice.
   */
  stuckForMs?: number;
  limit?: number;
  now?: Date;
}

/** Delivers the store's emails a crash left queued or half-sent, oldest first. */
export async function deliverQueuedEmails({
  db,
  transport,
  queuedForMs = 60_000,
  stuckForMs = 15 * 60_000,
  limit = 50,
  now = new Date(),
}: DeliverQueuedEmailsOptions): Promise<DeliveryResult[]> {
  const rows = await db.emailOutbox.findMany({
    where: {
      OR: [
        { status: 'queued', createdAt: { lte: new Date(now.getTime() - queuedForMs) } },
        { status: 'sending', createdAt: { lte: new Date(now.getTime() - stuckForMs) } },
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, status: true },
  });
  const results: DeliveryResult[] = [];
  // One at a time: a provider's rate limit applies per account, not per row.
  for (const row of rows) {
    results.push(await deliverOutboxEmail({ db, emailId: row.id, transport, from: [row.status] }));
  }
  return results;
}
