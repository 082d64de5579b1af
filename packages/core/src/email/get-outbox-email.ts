import { attachmentSummaries } from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/**
 * One email as it was sent: envelope, status, the rendered HTML (for a sandboxed iframe) and
 * text, and its attachments' names and sizes (never their content).
 */
export async function getOutboxEmail({ db, emailId }: { db: TenantClient; emailId: string }) {
  const row = await db.emailOutbox.findUnique({ where: { id: emailId } });
  if (!row) throw notFound('Email');
  return {
    id: row.id,
    to: row.to,
    from: row.from,
    replyTo: row.replyTo,
    subject: row.subject,
    html: row.html,
    text: row.text,
    templateKey: row.templateKey,
    status: row.status,
    provider: row.provider,
    providerMessageId: row.providerMessageId,
    error: row.error,
    attempts: row.attempts,
    attachments: attachmentSummaries(row),
    createdAt: row.createdAt,
    sentAt: row.sentAt,
  };
}
