import type { EmailOutboxModel as EmailOutbox, Prisma } from '@storeloom/db';
import { emailAttachmentSchema, type EmailAttachment } from '@storeloom/validators';
import { z } from 'zod';

/**
 * Attachments live in the row's `attachments` JSON with their content, so a retry sends the same
 * message; what the admin sees of them is the metadata only.
 */
const storedAttachmentsSchema = z.array(emailAttachmentSchema);

export function attachmentsToJson(attachments: EmailAttachment[]): Prisma.InputJsonValue {
  return attachments.map((attachment) => ({ ...attachment }));
}

export function attachmentsOf(row: Pick<EmailOutbox, 'attachments'>): EmailAttachment[] {
  const parsed = storedAttachmentsSchema.safeParse(row.attachments);
  return parsed.success ? parsed.data : [];
}

export interface AttachmentSummary {
  filename: string;
  contentType: string;
  byteSize: number;
}

export function attachmentSummaries(row: Pick<EmailOutbox, 'attachments'>): AttachmentSummary[] {
  return attachmentsOf(row).map((attachment) => ({
    filename: attachment.filename,
    contentType: attachment.contentType,
    byteSize: Buffer.byteLength(attachment.contentBase64, 'base64'),
  }));
}
