import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { releaseReservations } from '../inventory/reservations/release-reservations.ts';
import { restockItems } from '../inventory/restock-items.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import {
  refundCancellationAtProviders,
  type ProviderRefunds,
} from './cancellation-provider-refunds.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';
import {
  assertCancellable,
  type CancellationRefund,
  planCancellation,
} from './plan-cancellation.ts';
import { recordRefund } from './record-refund.ts';

/**
 * What the order's payment took off the shelves, per location: its 'sale' ledger entries. Putting
 * back exactly these returns stock where it came from, and never units that were not taken
 * (untracked variants, backorders).
 */
async function soldStock(tx: TenantTransaction, orderId: string) {
  const sales = await tx.inventoryTransaction.findMany({
    where: { reason: 'sale', referenceType: 'Order', referenceId: orderId },
    select: { variantId: true, locationId: true, delta: true },
  });
  const byLocation = new Map<string, { variantId: string; quantity: number }[]>();
  for (const sale of sales) {
    const items = byLocation.get(sale.locationId) ?? [];
    items.push({ variantId: sale.variantId, quantity: -sale.delta });
    byLocation.set(sale.locationId, items);
  }
  return [...byLocation].map(([locationId, items]) => ({ locationId, items }));
}

/**
 * Cancels an order that has not shipped. Unpaid: its stock holds are released. Paid: the sold
 * units go back on hand and every payment's money still held is refunded, so a cancelled order
 * never keeps a customer's money. Stripe and PayPal payments are refunded at the provider first,
 * after every check and outside any transaction (keys `cancel:{orderId}:{paymentId}`); if the
 * provider fails, nothing changes and the error says why. Then one transaction records the
 * refunds (manual ones settle there) and cancels the order.
 */
export async function cancelOrder({
  db,
  tenantId,
  actor,
  orderId,
  reason,
  now = new Date(),
  payments,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  orderId: string;
  reason: string;
  now?: Date;
  /** Needed when the order was paid through Stripe or PayPal: the money goes back through them. */
  payments?: ProviderAccess;
}) {
  const plan = await db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    return { currency: order.currency, refunds: await planCancellation(tx, order) };
  });
  const atProviders = await refundCancellationAtProviders({
    db,
    tenantId,
    currency: plan.currency,
    refunds: plan.refunds,
    // Not the merchant's words: a cancel repeated with other words must send the provider the
    // same request under the same key, or the provider refuses the replay.
    reason: 'Order cancelled',
    access: payments,
  });

  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    // Checked again: a parallel cancel (a double click) may have finished first.
    await assertCancellable(tx, order);

    await releaseReservations(tx, { tenantId, orderId: order.id, reason: 'cancelled' });
    const wasPaid = order.paidTotal > 0;
    if (wasPaid) {
      for (const { locationId, items } of await soldStock(tx, order.id)) {
        await restockItems(tx, {
          tenantId,
          items,
          locationId,
          reason: 'adjustment',
          referenceType: 'Order',
          referenceId: order.id,
          actorId: actor.id,
        });
      }
      await recordCancellationRefunds(tx, {
        tenantId,
        orderId: order.id,
        refunds: plan.refunds,
        atProviders,
        reason: `Order cancelled: ${reason}`,
        actorId: actor.id,
      });
    }

    await moveOrderStatus(tx, {
      tenantId,
      orderId: order.id,
      from: order.status,
      to: 'cancelled',
      actorId: actor.id,
      data: {
        cancelledAt: now,
        cancelReason: reason,
        ...(wasPaid ? {} : { paymentStatus: 'voided' as const }),
      },
    });
    await emitDomainEvent(tx, tenantId, 'order.cancelled', { orderId: order.id, reason });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.cancel',
      targetType: 'Order',
      targetId: order.id,
      before: { status: order.status, paidTotal: order.paidTotal },
      after: {
        status: 'cancelled',
        reason,
        refunded: order.paidTotal - order.refundedTotal,
        providerRefunds: [...atProviders].map(([paymentId, refund]) => ({
          paymentId,
          providerReference: refund.reference,
        })),
      },
    });
    return tx.order.findFirstOrThrow({
      where: { id: order.id },
      select: { id: true, number: true, status: true, paymentStatus: true, refundedTotal: true },
    });
  });
}

/**
 * Records each planned refund against its payment: manual ones settle here, provider ones with
 * the provider's refund id. A provider refund its webhook already reported is not recorded twice.
 * Afterwards nothing may be left held: a payment captured meanwhile makes this a CONFLICT (the
 * transaction rolls back; cancelling again refunds it too).
 */
async function recordCancellationRefunds(
  tx: TenantTransaction,
  {
    tenantId,
    orderId,
    refunds,
    atProviders,
    reason,
    actorId,
  }: {
    tenantId: string;
    orderId: string;
    refunds: readonly CancellationRefund[];
    atProviders: ProviderRefunds;
    reason: string;
    actorId: string | null;
  },
) {
  for (const refund of refunds) {
    const providerRefund = atProviders.get(refund.paymentId);
    if (providerRefund) {
      const reported = await tx.refund.findFirst({
        where: { paymentId: refund.paymentId, providerReference: providerRefund.reference },
        select: { id: true },
      });
      if (reported) continue;
    }
    await recordRefund(tx, {
      tenantId,
      orderId,
      amount: refund.amount,
      reason,
      idempotencyKey: refund.idempotencyKey,
      paymentId: refund.paymentId,
      ...(providerRefund ? { providerRefund } : {}),
      actorId,
      moveStatus: false,
    });
  }
  const money = await tx.order.findFirstOrThrow({
    where: { id: orderId },
    select: { paidTotal: true, refundedTotal: true },
  });
  if (money.refundedTotal < money.paidTotal) {
    throw conflict('The order received a payment meanwhile; cancel it again to refund that too');
  }
}
