import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { notFound, preconditionFailed } from '../errors/domain-error.ts';
import { auditRecordedPayment } from '../orders/audit-recorded-payment.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { callProvider } from './payment-error-to-domain.ts';
import type { ProviderAccess } from './provider-access.ts';
import { recordProviderCapture } from './record-provider-capture.ts';

/**
 * The merchant takes the money of an authorised card or PayPal payment (manual capture mode).
 * The provider call runs outside any transaction with a key per payment, so a double click
 * captures once; the capture is then recorded through recordCapturedPayment. If the provider's
 * webhook recorded it first, nothing is recorded twice.
 */
export async function captureOrderPayment({
  db,
  tenantId,
  actor,
  orderId,
  paymentId,
  keys,
  options,
}: ProviderAccess & {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  paymentId?: string;
}) {
  const payment = await db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({ where: { id: orderId }, select: { id: true } });
    if (!order) throw notFound('Order');
    const open = await tx.payment.findMany({
      where: {
        orderId,
        ...(paymentId ? { id: paymentId } : {}),
        provider: { not: 'manual' },
        status: { in: ['authorized', 'requires_action', 'pending'] },
        providerReference: { not: null },
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    });
    const found = open.find((p) => p.status === 'authorized') ?? open[0];
    if (!found?.providerReference) {
      throw preconditionFailed('This order has no authorised payment to capture');
    }
    return { ...found, providerReference: found.providerReference };
  });

  const provider = await loadPaymentProvider({
    db,
    tenantId,
    provider: payment.provider,
    keys,
    options,
  });
  const captured = await callProvider(
    () =>
      provider.capturePayment({
        reference: payment.providerReference,
        currency: payment.currency,
        idempotencyKey: `capture:${payment.id}`,
      }),
    'merchant',
  );

  if (captured.capturedAmount === 0) {
    throw preconditionFailed(
      'The capture is still pending at the provider; the order becomes paid when it completes',
    );
  }

  return db.$transaction(async (tx) => {
    const before = await lockOrder(tx, tenantId, orderId);
    const result = await recordProviderCapture(tx, {
      tenantId,
      orderId,
      paymentId: payment.id,
      provider: payment.provider,
      amount: captured.capturedAmount,
      actorId: actor.id,
    });
    return auditRecordedPayment(tx, {
      tenantId,
      actor,
      action: 'order.capture_payment',
      before,
      paymentId: payment.id,
      created: result.created,
    });
  });
}
