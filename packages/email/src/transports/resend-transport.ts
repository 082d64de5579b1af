import { Resend } from 'resend';

import { EmailDeliveryError } from '../errors.ts';
import type { EmailTransport } from './email-transport.ts';

export interface ResendTransportOptions {
  apiKey: string;
  /** Resend's API by default; tests point it at the local fake. */
  baseUrl?: string | undefined;
  /** Per attempt; a send that takes longer is a retriable failure. */
  timeoutMs?: number;
}

// Errors about the message or the account: sending the same request again cannot succeed.
const permanentErrors = new Set([
  'validation_error',
  'missing_required_field',
  'invalid_from_address',
  'invalid_attachment',
  'invalid_parameter',
  'invalid_api_key',
  'restricted_api_key',
  'missing_api_key',
  'invalid_access',
  'security_error',
  'invalid_idempotency_key',
  'invalid_idempotent_request',
  'not_found',
  'method_not_allowed',
]);

/** Sends through Resend's REST API with the official SDK, which answers errors instead of throwing. */
export function createResendTransport({
  apiKey,
  baseUrl,
  timeoutMs = 15_000,
}: ResendTransportOptions): EmailTransport {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: 'resend',
    async send(message, { idempotencyKey }) {
      const { data, error } = await resend.emails.send(
        {
          from: message.from,
          to: message.to,
          replyTo: message.replyTo,
          subject: message.subject,
          html: message.html,
          text: message.text,
          attachments: message.attachments?.map((attachment) => ({
            filename: attachment.filename,
            content: attachment.contentBase64,
            contentType: attachment.contentType,
          })),
        },
        { idempotencyKey, signal: AbortSignal.timeout(timeoutMs) },
      );
      if (error) {
        // statusCode null: the request never got an answer (network, timeout).
        const retriable = error.statusCode === null || !permanentErrors.has(error.name);
        throw new EmailDeliveryError(`Resend: ${error.message}`, retriable, error.name);
      }
      if (!data.id) throw new EmailDeliveryError('Resend answered without a message id', true);
      return { providerMessageId: data.id };
    },
  };
}
