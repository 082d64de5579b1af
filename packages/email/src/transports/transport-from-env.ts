import { env } from '../env.ts';
import type { EmailTransport } from './email-transport.ts';
import { createOutboxTransport } from './outbox-transport.ts';
import { createResendTransport } from './resend-transport.ts';

/** Resend when `RESEND_API_KEY` is set, else the outbox (the embedded default). */
export function emailTransportFromEnv(): EmailTransport {
  return env.RESEND_API_KEY
    ? createResendTransport({ apiKey: env.RESEND_API_KEY, baseUrl: env.RESEND_BASE_URL })
    : createOutboxTransport();
}

/** The platform's sender, used when a store has no from-name of its own. */
export function defaultEmailFrom(): string {
  return env.EMAIL_FROM;
}
