export { env as emailEnv } from './env.ts';
export { EmailDataError, EmailDeliveryError, EmailOutboxError } from './errors.ts';
export { formatDate, formatDay, formatMoney } from './format.ts';
export type { EmailTemplate, RenderedEmail } from './templates/define-template.ts';
export { emailTemplates, renderEmail, renderEmailSample } from './templates/registry.ts';
export { sampleBranding } from './templates/sample-branding.ts';
export type {
  EmailTransport,
  OutgoingAttachment,
  OutgoingEmail,
} from './transports/email-transport.ts';
export { createOutboxTransport } from './transports/outbox-transport.ts';
export {
  createResendTransport,
  type ResendTransportOptions,
} from './transports/resend-transport.ts';
export { defaultEmailFrom, emailTransportFromEnv } from './transports/transport-from-env.ts';
export { attachmentSummaries, type AttachmentSummary } from './outbox-attachments.ts';
export { deliverOutboxEmail, type DeliveryResult } from './deliver-outbox-email.ts';
export { senderFor } from './sender.ts';
export { sendEmail, type SendEmailOptions, type SendEmailResult } from './send-email.ts';
export { retryEmail } from './retry-email.ts';
export { deliverQueuedEmails, type DeliverQueuedEmailsOptions } from './deliver-queued-emails.ts';
