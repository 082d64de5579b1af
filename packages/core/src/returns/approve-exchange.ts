import type { TenantClient, TenantTransaction } from '@storeloom/db';
import { type Address, addressSchema } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors/domain-error.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { reserveStock } from '../inventory/reservations/reserve-stock.ts';
import { createOrderRecord, type OrderItemDraft } from '../orders/create-order-record.ts';
import { addOrderEvent } from '../orders/order-timeline.ts';
import { recordCapturedPayment } from '../orders/record-captured-payment.ts';
import { assertReturnStatus, claimReturnStatus, findReturn } from './return-rules.ts';

/** Stored address snapshots are validated on the way in; anything else is treated as absent. */
function addressOf(value: unknown): Address | null {
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

async function replacementLines(
  tx: TenantTransaction,
  wanted: readonly { variantId: string; quantity: number }[],
): Promise<OrderItemDraft[]> {
  const variants = await tx.productVariant.findMany({
    where: { id: { in: wanted.map((line) => line.variantId) } },
    include: { product: { select: { title: true } } },
  });
  return wanted.map((line) => {
    const variant = variants.find((candidate) => candidate.id === line.variantId);
    if (!variant) throw notFound('Product variant');
    return {
      productId: variant.productId,
      variantId: variant.id,
      name: variant.product.title,
      variantTitle: variant.title,
      sku: variant.sku,
      // The shopper already paid for what they send back; the replacement's cost still counts.
      unitPrice: 0,
      quantity: line.quantity,
      discountAmount: 0,
      taxAmount: 0,
      total: 0,
      costPrice: variant.costPrice ?? 0,
      isMaterial: false,
      isLabour: false,
      hours: null,
      labourRate: null,
    };
  });
}

/**
 * Approves a return as an exchange: the shopper gets the replacement variants in a new order at
 * no charge (so it is paid at once and its stock is taken), linked from the return. The status
 * claim comes first, so two approvals at once cannot create two replacement orders.
 */
export async function approveExchange({
  db,
  tenantId,
  actor,
  returnId,
  items,
  note,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  returnId: string;
  items: readonly { variantId: string; quantity: number }[];
  note?: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const found = await findReturn(tx, returnId);
    assertReturnStatus(found.status, ['requested'], 'approved');
    await claimReturnStatus(tx, found.id, 'requested', {
      status: 'approved',
      approvedAt: now,
      merchantNote: note ?? found.merchantNote,
    });
    const original = await tx.order.findFirstOrThrow({ where: { id: found.orderId } });
    const lines = await replacementLines(tx, items);
    const replacement = await createOrderRecord(tx, {
      tenantId,
      source: 'admin',
      customerId: original.customerId,
      email: original.email,
      phone: original.phone,
      currency: original.currency,
      pricesIncludeTax: original.pricesIncludeTax,
      subtotal: 0,
      discountTotal: 0,
      shippingTotal: 0,
      taxTotal: 0,
      total: 0,
      items: lines,
      shippingAddress: addressOf(original.shippingAddress),
      billingAddress: addressOf(original.billingAddress),
      shippingTierCode: null,
      shippingMethodName: null,
      discountCodes: [],
      customerNote: null,
      idempotencyKey: `exchange:${found.id}`,
      cartId: null,
      actorId: actor.id,
      placedMessage: `Replacement for return #${found.number} of order #${original.number}`,
    });
    await reserveStock(tx, {
      tenantId,
      orderId: replacement.id,
      lines: items,
      expiresAt: new Date(now.getTime() + 86_400_000),
    });
    // Nothing to pay: settling it now turns the held stock into a sale and lets it ship.
    await recordCapturedPayment(tx, {
      tenantId,
      orderId: replacement.id,
      provider: 'manual',
      amount: 0,
      idempotencyKey: `exchange:${found.id}`,
      actorId: actor.id,
    });
    await tx.return.update({
      where: { id: found.id },
      data: { replacementOrderId: replacement.id },
    });
    await addOrderEvent(tx, {
      tenantId,
      orderId: original.id,
      type: 'return.exchange_approved',
      message: `Return #${found.number} approved as an exchange; replacement order #${replacement.number}`,
      actorId: actor.id,
      data: { returnId: found.id, replacementOrderId: replacement.id },
    });
    await emitDomainEvent(tx, tenantId, 'return.approved', {
      returnId: found.id,
      orderId: original.id,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'return.approve_exchange',
      targetType: 'Return',
      targetId: found.id,
      before: { status: found.status },
      after: { status: 'approved', replacementOrderId: replacement.id, items },
    });
    return { ...(await findReturn(tx, found.id)), replacementOrder: replacement };
  });
}
