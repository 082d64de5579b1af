import {
  EmailDataError,
  emailTransportFromEnv,
  sendEmail,
  type EmailTransport,
  type SendEmailResult,
} from '@storeloom/email';
import type { TenantClient } from '@storeloom/db';
import type { EmailAttachment, EmailTemplateInput, EmailTemplateKey } from '@storeloom/validators';

import { badRequest } from '../errors/domain-error.ts';
import { loadEmailBranding } from './load-email-branding.ts';

/**
 * Sends one of the store's transactional emails in its branding and under its sender name; the
 * entry point for workflow steps. The idempotency key makes a retried step send once; the result
 * says whether the email went out, failed (see `failure.retriable`) or was skipped because the
 * store turned the template off.
 */
export async function sendStoreEmail<K extends EmailTemplateKey>({
  db,
  tenantId,
  to,
  templateKey,
  data,
  idempotencyKey,
  attachments,
  transport = emailTransportFromEnv(),
}: {
  db: TenantClient;
  tenantId: string;
  to: string;
  templateKey: K;
  data: EmailTemplateInput<K>;
  idempotencyKey: string;
  attachments?: EmailAttachment[];
  transport?: EmailTransport;
}): Promise<SendEmailResult> {
  const identity = await loadEmailBranding({ db, tenantId });
  try {
    return await sendEmail({
      db,
      tenantId,
      transport,
      to,
      templateKey,
      data,
      branding: identity.branding,
      from: identity.from,
      replyTo: identity.replyTo,
      idempotencyKey,
      attachments,
    });
  } catch (error) {
    if (error instanceof EmailDataError) {
      throw badRequest(error.message, { field: error.field, issues: error.issues });
    }
    throw error;
  }
}
