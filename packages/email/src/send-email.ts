import type { EmailOutboxModel as EmailOutbox, TenantClient } from '@storeloom/db';
import {
  emailAttachmentSchema,
  emailSchema,
  type EmailAttachment,
  type EmailBrandingInput,
  type EmailTemplateInput,
  type EmailTemplateKey,
} from '@storeloom/validators';
import { z } from 'zod';

import { deliverOutboxEmail, type DeliveryResult } from './deliver-outbox-email.ts';
import { EmailDataError } from './errors.ts';
import { attachmentsToJson } from './outbox-attachments.ts';
import { renderEmail } from './templates/registry.ts';
import { defaultEmailFrom } from './transports/transport-from-env.ts';
import type { EmailTransport } from './transports/email-transport.ts';

export interface SendEmailOptions<K extends EmailTemplateKey> {
  db: TenantClient;
  tenantId: string;
  transport: EmailTransport;
  to: string;
  templateKey: K;
  data: EmailTemplateInput<K>;
  branding: EmailBrandingInput;
  /** One email per key and store: a retried workflow step passes the same key and sends once. */
  idempotencyKey: string;
  /** Defaults to `EMAIL_FROM`. */
  from?: string | undefined;
  replyTo?: string | undefined;
  attachments?: EmailAttachment[] | undefined;
}

export type SendEmailResult =
  | { skipped: true; reason: 'template_disabled' }
  | ({
      skipped: false;
      /** The key was used before: this is that email, not sent again. */
      replayed: boolean;
    } & DeliveryResult);

const envelopeSchema = z.object({
  to: emailSchema,
  replyTo: emailSchema.optional(),
  from: z
    .string()
    .trim()
    .min(3)
    .max(320)
    .regex(/^[^\r\n]+$/, 'One line'),
  idempotencyKey: z.string().trim().min(1).max(200),
  attachments: z.array(emailAttachmentSchema).max(10).default([]),
});

function parseEnvelope<K extends EmailTemplateKey>(options: SendEmailOptions<K>) {
  const parsed = envelopeSchema.safeParse({
    to: options.to,
    replyTo: options.replyTo,
    from: options.from ?? defaultEmailFrom(),
    idempotencyKey: options.idempotencyKey,
    attachments: options.attachments,
  });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.join('.'),
    message: issue.message,
  }));
  throw new EmailDataError(options.templateKey, issues[0]?.path ?? '', issues);
}

/**
 * Renders a template, records it in the outbox (status queued), then delivers it through the
 * transport. The outbox row is the record of every email: sent, failed (with the error and the
 * attempts, for `retryEmail`), or still queued after a crash (for `deliverQueuedEmails`).
 *
 * A template the store disabled (an EmailTemplate row with isEnabled false) is not sent and leaves
 * no row: EmailStatus has no "skipped", and an outbox row means an email was meant to go out.
 */
export async function sendEmail<K extends EmailTemplateKey>(
  options: SendEmailOptions<K>,
): Promise<SendEmailResult> {
  const { db, tenantId, templateKey } = options;
  const envelope = parseEnvelope(options);

  const existing = await db.emailOutbox.findUnique({
    where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: envelope.idempotencyKey } },
  });
  if (existing) return { skipped: false, replayed: true, email: existing };

  const override = await db.emailTemplate.findUnique({
    where: { tenantId_key: { tenantId, key: templateKey } },
  });
  if (override && !override.isEnabled) return { skipped: true, reason: 'template_disabled' };

  const rendered = await renderEmail(
    templateKey,
    options.data,
    options.branding,
    override?.subject,
  );

  // skipDuplicates: a concurrent send with the same key inserted first; that one delivers.
  const [inserted] = await db.emailOutbox.createManyAndReturn({
    data: [
      {
        tenantId,
        to: envelope.to,
        from: envelope.from,
        replyTo: envelope.replyTo ?? null,
        subject: rendered.subject,
        html: rendered.html,
        text: rendered.text,
        templateKey,
        attachments: attachmentsToJson(envelope.attachments),
        status: 'queued',
        provider: options.transport.name,
        idempotencyKey: envelope.idempotencyKey,
      },
    ],
    skipDuplicates: true,
  });
  if (!inserted) {
    const winner: EmailOutbox = await db.emailOutbox.findUniqueOrThrow({
      where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: envelope.idempotencyKey } },
    });
    return { skipped: false, replayed: true, email: winner };
  }

  const delivery = await deliverOutboxEmail({
    db,
    emailId: inserted.id,
    transport: options.transport,
    from: ['queued'],
  });
  return { skipped: false, replayed: false, ...delivery };
}
