import type { EmailOutboxModel as EmailOutbox, EmailStatus, TenantClient } from '@storeloom/db';

import { EmailDeliveryError } from './errors.ts';
import { attachmentsOf } from './outbox-attachments.ts';
import type { EmailTransport, OutgoingEmail } from './transports/email-transport.ts';

export interface DeliveryResult {
  email: EmailOutbox;
  /** Set when this attempt failed; `retriable` says whether trying again may help. */
  failure?: { message: string; retriable: boolean };
}

function messageOf(row: EmailOutbox): OutgoingEmail {
  const attachments = attachmentsOf(row);
  return {
    from: row.from,
    to: row.to,
    replyTo: row.replyTo ?? undefined,
    subject: row.subject,
    html: row.html,
    text: row.text ?? undefined,
    attachments: attachments.length > 0 ? attachments : undefined,
  };
}

function failureOf(error: unknown): { message: string; retriable: boolean } {
  if (error instanceof EmailDeliveryError) {
    return { message: error.message, retriable: error.retriable };
  }
  // A transport that throws anything else has a bug; the row still records what happened.
  const message = error instanceof Error ? error.message : String(error);
  return { message: `Unexpected transport failure: ${message}`, retriable: true };
}

/**
 * Claims the row (status `from` -> sending) so two deliverers never hand it over at once, sends
 * it, and records the outcome: sent with the provider's id, or failed with the error and one more
 * attempt. A row already claimed or delivered elsewhere is returned as it is.
 */
export async function deliverOutboxEmail({
  db,
  emailId,
  transport,
  from,
}: {
  db: TenantClient;
  emailId: string;
  transport: EmailTransport;
  from: EmailStatus[];
}): Promise<DeliveryResult> {
  const [claimed] = await db.emailOutbox.updateManyAndReturn({
    where: { id: emailId, status: { in: from } },
    data: { status: 'sending', provider: transport.name },
  });
  if (!claimed) {
    const current = await db.emailOutbox.findUniqueOrThrow({ where: { id: emailId } });
    return { email: current };
  }
  try {
    const { providerMessageId } = await transport.send(messageOf(claimed), {
      // Unique across stores, which may share one provider account.
      idempotencyKey: `${claimed.tenantId}:${claimed.idempotencyKey}`,
    });
    const email = await db.emailOutbox.update({
      where: { id: emailId },
      data: {
        status: 'sent',
        providerMessageId,
        sentAt: new Date(),
        attempts: { increment: 1 },
        error: null,
      },
    });
    return { email };
  } catch (error) {
    const failure = failureOf(error);
    const email = await db.emailOutbox.update({
      where: { id: emailId },
      data: {
        status: 'failed',
        attempts: { increment: 1 },
        error: failure.message.slice(0, 2000),
      },
    });
    return { email, failure };
  }
}
