import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict, preconditionFailed } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { reserveStock } from '../inventory/reservations/reserve-stock.ts';
import { createOrderRecord } from '../orders/create-order-record.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import type { EstimateLine } from './estimate-lines.ts';
import { effectiveEstimateStatus, findEstimate } from './estimate-rules.ts';
import { orderLinesFromEstimate } from './estimate-order-lines.ts';
import { estimateDeposit } from './estimate-deposit.ts';

/** How long stock stays held for an order made from an estimate, until it is paid. */
const HOLD_DAYS = 14;

type LoadedEstimate = Awaited<ReturnType<typeof findEstimate>>;

function refusal(estimate: LoadedEstimate, now: Date) {
  const status = effectiveEstimateStatus(estimate, now);
  if (status === 'converted') return conflict('This estimate was already converted to an order');
  if (status === 'expired') return preconditionFailed('This estimate has expired');
  if (status === 'declined') return preconditionFailed('This estimate was declined');
  return preconditionFailed('Only an accepted estimate can be converted to an order');
}

function linesOf(estimate: LoadedEstimate): EstimateLine[] {
  return estimate.items.map((item) => ({
    ...item,
    quantity: item.quantity.toNumber(),
    hours: item.hours === null ? null : item.hours.toNumber(),
  }));
}

/**
 * Turns an accepted estimate into an order awaiting payment, with every cost field kept, stock
 * held for its product lines and the deposit on the timeline. The status claim is one
 * conditional update, so parallel converts make exactly one order; the rest get CONFLICT.
 */
export async function convertEstimate({
  db,
  tenantId,
  actor,
  estimateId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  estimateId: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const estimate = await findEstimate(tx, estimateId);
    if (estimate.status !== 'accepted') throw refusal(estimate, now);
    const { count } = await tx.estimate.updateMany({
      where: { id: estimate.id, status: 'accepted', convertedOrderId: null },
      data: { status: 'converted', convertedAt: now },
    });
    if (count !== 1) throw refusal(await findEstimate(tx, estimate.id), now);

    const items = await orderLinesFromEstimate(tx, linesOf(estimate), estimate.currency);
    const order = await createOrderRecord(tx, {
      tenantId,
      source: 'estimate',
      customerId: estimate.customerId,
      email: estimate.customerEmail,
      phone: null,
      currency: estimate.currency,
      pricesIncludeTax: false,
      subtotal: estimate.subtotal,
      discountTotal: estimate.discountTotal,
      shippingTotal: 0,
      taxTotal: estimate.taxTotal,
      total: estimate.total,
      items,
      shippingAddress: null,
      billingAddress: null,
      shippingTierCode: null,
      shippingMethodName: null,
      discountCodes: [],
      customerNote: null,
      idempotencyKey: `estimate:${estimate.id}`,
      cartId: null,
      actorId: actor.id,
      placedMessage: `Order created from estimate #${estimate.number}`,
    });
    await tx.estimate.update({ where: { id: estimate.id }, data: { convertedOrderId: order.id } });
    await reserveStock(tx, {
      tenantId,
      orderId: order.id,
      lines: items.flatMap((item) =>
        item.variantId ? [{ variantId: item.variantId, quantity: item.quantity }] : [],
      ),
      expiresAt: new Date(now.getTime() + HOLD_DAYS * 86_400_000),
    });
    const deposit = estimateDeposit(estimate);
    if (deposit !== null && estimate.depositBps !== null) {
      await addOrderEvent(tx, {
        tenantId,
        orderId: order.id,
        type: 'estimate.deposit',
        message: `Deposit of ${formatAmount(deposit, estimate.currency)} (${estimate.depositBps / 100}%) due, as agreed in estimate #${estimate.number}`,
        actorId: actor.id,
        data: { deposit, depositBps: estimate.depositBps },
      });
    }
    await emitDomainEvent(tx, tenantId, 'estimate.converted', {
      estimateId: estimate.id,
      orderId: order.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'estimate.convert',
      targetType: 'Estimate',
      targetId: estimate.id,
      before: { status: estimate.status },
      after: { status: 'converted', orderId: order.id },
    });
    return { estimateId: estimate.id, orderId: order.id, number: order.number, total: order.total };
  });
}
