import type { PaymentProvider, TenantTransaction } from '@storeloom/db';

import { lockOrder } from '../orders/lock-order.ts';
import { recordCapturedPayment } from '../orders/record-captured-payment.ts';

/**
 * Records a capture the provider confirmed in answer to our own call (merchant capture, PayPal
 * approval). The provider's webhook may have recorded it first: then nothing happens.
 */
export async function recordProviderCapture(
  tx: TenantTransaction,
  {
    tenantId,
    orderId,
    paymentId,
    provider,
    amount,
    actorId,
  }: {
    tenantId: string;
    orderId: string;
    paymentId: string;
    provider: PaymentProvider;
    amount: number;
    actorId: string | null;
  },
) {
  await lockOrder(tx, tenantId, orderId);
  const current = await tx.payment.findFirstOrThrow({ where: { id: paymentId } });
  if (current.capturedAmount > 0) return { paymentId, created: false, orderPaid: false };
  return recordCapturedPayment(tx, {
    tenantId,
    orderId,
    provider,
    amount,
    idempotencyKey: current.idempotencyKey,
    paymentId,
    providerReference: current.providerReference,
    actorId,
  });
}
