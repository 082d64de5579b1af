import { deliverOutboxEmail, retryEmail, type EmailTransport } from '@storeloom/email';
import type { EmailStatus, TenantClient } from '@storeloom/db';
import type { EmailAttachment, EmailTemplateInput, EmailTemplateKey } from '@storeloom/validators';

import { DomainError } from '../errors/domain-error.ts';
import { sendStoreEmail } from '../email/send-store-email.ts';

export interface NotificationResult {
  /** The outbox row; null when the store turned the template off. */
  emailId: string | null;
  status: EmailStatus | 'skipped';
}

/**
 * `sendStoreEmail` for steps that run at least once. The idempotency key makes the email one
 * outbox row whatever happens; this finishes the job of an earlier attempt: a row a crash left
 * queued is delivered, a row whose delivery failed is sent again. A failure worth retrying is
 * thrown (UNAVAILABLE) so the step is retried; a permanent one (a refused address) stays failed
 * in the outbox for the merchant and is returned.
 */
export async function deliverStoreEmail<K extends EmailTemplateKey>(input: {
  db: TenantClient;
  tenantId: string;
  transport: EmailTransport;
  to: string;
  templateKey: K;
  data: EmailTemplateInput<K>;
  idempotencyKey: string;
  attachments?: EmailAttachment[];
}): Promise<NotificationResult> {
  const { db, transport } = input;
  const sent = await sendStoreEmail(input);
  if (sent.skipped) return { emailId: null, status: 'skipped' };
  let { email, failure } = sent;
  if (sent.replayed && email.status === 'queued') {
    ({ email, failure } = await deliverOutboxEmail({
      db,
      emailId: email.id,
      transport,
      from: ['queued'],
    }));
  } else if (sent.replayed && email.status === 'failed') {
    ({ email, failure } = await retryEmail({ db, emailId: email.id, transport }));
  }
  if (failure?.retriable) {
    throw new DomainError('UNAVAILABLE', `The email could not be sent yet: ${failure.message}`, {
      emailId: email.id,
    });
  }
  return { emailId: email.id, status: email.status };
}
