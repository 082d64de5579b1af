import type { PaymentState, TenantClient } from '@storeloom/db';
import type { PaymentProviderId, ProviderPaymentStatus } from '@storeloom/payments';

import type { Shopper } from '../cart/shopper.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { completeApprovedPayment } from './complete-approved-payment.ts';
import { callProvider } from './payment-error-to-domain.ts';
import { nextActionOf, type OrderPaymentAction } from './payment-next-action.ts';
import { OPEN_STATES, prepare } from './prepare-order-payment.ts';
import type { ProviderAccess } from './provider-access.ts';

export type { OrderPaymentAction, PaymentNextAction } from './payment-next-action.ts';

/**
 * Starts (or resumes) paying an order awaiting payment: creates the provider payment and returns
 * the shopper's next action. The provider call runs outside any transaction with a key derived
 * from the order and the attempt, so a double click or a retry resumes the same payment; the
 * Payment row is written after it, idempotently. Manual payments only return the instructions:
 * the merchant records the money when it arrives.
 */
export async function startOrderPayment({
  db,
  tenantId,
  orderId,
  shopper,
  provider: chosen,
  keys,
  options,
  returnUrl,
  cancelUrl,
}: ProviderAccess & {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  /** The paying shopper: only their own orders. Null for trusted callers (workflows). */
  shopper: Shopper | null;
  /** Pay with this method instead of the one chosen at checkout (after a declined card). */
  provider?: PaymentProviderId;
  /** PayPal sends the shopper back to these after approval or cancellation. */
  returnUrl?: string;
  cancelUrl?: string;
}): Promise<OrderPaymentAction> {
  const prepared = await db.$transaction((tx) =>
    prepare(tx, { tenantId, orderId, shopper, chosen }),
  );
  if (prepared.kind === 'done') return prepared.action;

  const { provider: providerId, order, due, idempotencyKey } = prepared;
  const provider = await loadPaymentProvider({ db, tenantId, provider: providerId, keys, options });
  if (providerId === 'paypal' && prepared.capture === 'automatic' && prepared.open) {
    const completed = await completeApprovedPayment(db, tenantId, provider, prepared);
    if (completed) return completed;
  }
  const created = await callProvider(
    () =>
      provider.createPayment({
        tenantId,
        orderId: order.id,
        orderNumber: String(order.number),
        amount: due,
        currency: order.currency,
        idempotencyKey,
        ...(order.email ? { customerEmail: order.email } : {}),
        capture: prepared.capture,
        ...(returnUrl ? { returnUrl } : {}),
        ...(cancelUrl ? { cancelUrl } : {}),
      }),
    'shopper',
  );

  const payment = await db.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, order.id);
    const status = rowStatus(created.status);
    const existing = await tx.payment.findFirst({ where: { idempotencyKey } });
    if (!existing) {
      return tx.payment.create({
        data: {
          tenantId,
          orderId: order.id,
          provider: providerId,
          providerReference: created.reference,
          status,
          amount: due,
          currency: order.currency,
          idempotencyKey,
        },
        select: { id: true, status: true },
      });
    }
    // A webhook may have moved it on meanwhile (captured, failed): that state stands.
    if (!OPEN_STATES.includes(existing.status)) return existing;
    return tx.payment.update({
      where: { id: existing.id },
      data: { providerReference: created.reference, status },
      select: { id: true, status: true },
    });
  });

  return {
    orderId: order.id,
    provider: providerId,
    paymentId: payment.id,
    status: payment.status,
    nextAction: nextActionOf(prepared.method, created),
  };
}

/** A capture is only ever recorded from the provider's confirmation (webhook or capture call). */
function rowStatus(status: ProviderPaymentStatus): PaymentState {
  return status === 'captured' ? 'pending' : status;
}
