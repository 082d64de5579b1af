import type { EmailTransport } from './email-transport.ts';

/**
 * The embedded default: nothing leaves the machine. The outbox row is the record of the email,
 * and the admin's outbox is where it is read.
 */
export function createOutboxTransport(): EmailTransport {
  return {
    name: 'outbox',
    send: () => Promise.resolve({ providerMessageId: null }),
  };
}
