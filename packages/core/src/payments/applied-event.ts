import type { PaymentProvider } from '@storeloom/db';

/**
 * What applying a webhook did. `deferred`: kept as received until it can apply (a refund that
 * arrived before its payment's success); `note` says why an event was ignored.
 * `CompensationNeeded`: the money arrived for an order that was cancelled meanwhile; nothing is
 * written yet, the event stays received and the payment is refunded at the provider before it is
 * recorded (`compensate-late-payment.ts`).
 */
export interface AppliedEvent {
  status: 'processed' | 'ignored' | 'deferred';
  note: string | null;
}

export interface CompensationNeeded {
  status: 'compensate';
  note: string;
  payment: LatePayment;
}

/** A payment the provider took for an order that is already cancelled. */
export interface LatePayment {
  paymentId: string;
  orderId: string;
  provider: PaymentProvider;
  reference: string;
  amount: number;
  currency: string;
}
