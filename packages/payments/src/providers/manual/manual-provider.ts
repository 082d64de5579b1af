import { createHash } from 'node:crypto';

import { PaymentError } from '../../payment-error.ts';
import type { PaymentProvider } from '../../types.ts';
import type { ManualCredentials } from './manual-descriptor.ts';

/** Same idempotency key, same reference: a retried checkout does not create a second payment. */
const referenceFor = (prefix: string, idempotencyKey: string) =>
  `${prefix}_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;

/**
 * Bank transfer or pay on delivery. Nothing leaves the platform: the payment waits until the
 * merchant confirms the money arrived (capture), and refunds are paid back by hand.
 */
export function createManualProvider(credentials: ManualCredentials): PaymentProvider {
  return {
    id: 'manual',
    createPayment(input) {
      return Promise.resolve({
        reference: referenceFor('manual', input.idempotencyKey),
        status: 'pending',
        ...(credentials.instructions ? { instructions: credentials.instructions } : {}),
      });
    },
    capturePayment(input) {
      // The platform holds no record of the amount owed, so the merchant's confirmation names it.
      if (input.amount === undefined) {
        return Promise.reject(
          new PaymentError(
            'invalid_request',
            'Enter the amount received to confirm a manual payment.',
            'manual',
          ),
        );
      }
      return Promise.resolve({
        reference: input.reference,
        status: 'captured',
        capturedAmount: input.amount,
      });
    },
    refundPayment(input) {
      return Promise.resolve({
        refundReference: referenceFor('manual_refund', input.idempotencyKey),
        status: 'succeeded',
        amount: input.amount,
      });
    },
    verifyWebhook() {
      return Promise.reject(
        new PaymentError('invalid_signature', 'Manual payments have no webhooks.', 'manual'),
      );
    },
  };
}
