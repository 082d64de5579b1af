import type { OrderItemModel as OrderItem, TenantClient, TenantTransaction } from '@storeloom/db';
import { type Address, addressSchema, type EditOrderInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { redeemDiscounts } from '../discounts/redeem-discounts.ts';
import { badRequest, conflict, notFound, preconditionFailed } from '../errors/domain-error.ts';
import { releaseReservations } from '../inventory/reservations/release-reservations.ts';
import { reserveStock } from '../inventory/reservations/reserve-stock.ts';
import { priceCheckout } from '../pricing/price-checkout.ts';
import type { PricedLine } from '../pricing/priced-checkout.ts';
import { formatAmount } from '../pricing/format-amount.ts';
import { lockOrder, type LockedOrder } from './lock-order.ts';
import { computeOrderCosts } from './order-costs.ts';
import { releaseOrderDiscounts } from './release-order-discounts.ts';
import { addOrderEvent } from './order-timeline.ts';

/** How long the re-made stock hold lasts when the order's earlier hold had already run out. */
const HOLD_MINUTES = 60;

function addressOf(value: unknown): Address | null {
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function assertEditable(order: LockedOrder, lines: readonly OrderItem[]) {
  if (order.status !== 'pending_payment') {
    throw preconditionFailed('Only an order awaiting payment can be edited');
  }
  if (order.paidTotal > 0)
    throw preconditionFailed('Part of this order is paid; it cannot be edited');
  if (lines.some((line) => !line.variantId)) {
    throw preconditionFailed('This order has lines without a product, so it cannot be re-priced');
  }
}

/** The lines after the edit: new quantities applied, lines set to 0 left out. */
function resultingLines(lines: readonly OrderItem[], changes: EditOrderInput['items']) {
  for (const change of changes ?? []) {
    if (!lines.some((line) => line.id === change.orderItemId)) throw notFound('Order item');
  }
  const kept = lines.flatMap((line) => {
    const quantity = changes?.find((c) => c.orderItemId === line.id)?.quantity ?? line.quantity;
    return quantity > 0 && line.variantId ? [{ line, variantId: line.variantId, quantity }] : [];
  });
  if (kept.length === 0) throw badRequest('An order needs at least one line; cancel it instead');
  return kept;
}

/** Writes the re-priced snapshot over each kept line and deletes the removed ones. */
async function rewriteLines(
  tx: TenantTransaction,
  orderId: string,
  kept: ReturnType<typeof resultingLines>,
  priced: readonly PricedLine[],
) {
  const unused = [...priced];
  for (const { line, variantId } of kept) {
    const index = unused.findIndex((candidate) => candidate.variantId === variantId);
    const [next] = unused.splice(index, 1);
    if (index < 0 || !next) throw new Error(`Pricing returned no line for variant ${variantId}`);
    await tx.orderItem.update({
      where: { id: line.id },
      data: {
        name: next.productTitle,
        variantTitle: next.variantTitle,
        sku: next.sku,
        unitPrice: next.unitPrice,
        quantity: next.quantity,
        discountAmount: next.discountAmount,
        taxAmount: next.taxAmount,
        total: next.total,
        costPrice: next.costPrice,
      },
    });
  }
  await tx.orderItem.deleteMany({
    where: { orderId, id: { notIn: kept.map(({ line }) => line.id) } },
  });
}

/**
 * Edits an order awaiting payment: quantities, removed lines, the shipping address. In one
 * transaction its stock holds and discount uses are given back, the resulting lines are priced
 * again like a checkout (discount windows as of when the order was placed), stock is held again
 * and the totals and costs are recomputed. Anything refused leaves the order as it was.
 */
export async function editOrder({
  db,
  tenantId,
  actor,
  orderId,
  items,
  shippingAddress,
  now = new Date(),
}: { db: TenantClient; tenantId: string; actor: Actor; now?: Date } & EditOrderInput) {
  if (!items?.length && !shippingAddress) {
    throw badRequest('Change a quantity, remove a line or give a new shipping address');
  }
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    const lines = await tx.orderItem.findMany({
      where: { orderId: order.id },
      orderBy: { position: 'asc' },
    });
    assertEditable(order, lines);
    const kept = resultingLines(lines, items);
    const address = shippingAddress ?? addressOf(order.shippingAddress);

    const hold = await tx.inventoryReservation.findFirst({
      where: { orderId: order.id, status: 'active' },
      orderBy: { expiresAt: 'asc' },
      select: { expiresAt: true },
    });
    await releaseReservations(tx, { tenantId, orderId: order.id, reason: 'cancelled' });
    await releaseOrderDiscounts(tx, { tenantId, orderId: order.id });
    const priced = await priceCheckout(tx, {
      tenantId,
      lines: kept.map(({ variantId, quantity }) => ({ variantId, quantity })),
      discountCodes: order.discountCodes,
      customer: { id: order.customerId, email: order.email },
      shippingAddress: address,
      tierCode: order.shippingTierCode,
      now: order.placedAt,
    });
    if (address && priced.shippingUnavailableReason) {
      throw badRequest(priced.shippingUnavailableReason);
    }
    if (order.shippingTierCode && !priced.selectedShipping) {
      throw conflict("The order's delivery option is not available for this address");
    }
    await reserveStock(tx, {
      tenantId,
      orderId: order.id,
      lines: kept.map(({ variantId, quantity }) => ({ variantId, quantity })),
      expiresAt: hold?.expiresAt ?? new Date(now.getTime() + HOLD_MINUTES * 60_000),
    });
    await redeemDiscounts(tx, {
      tenantId,
      orderId: order.id,
      applied: priced.appliedDiscounts,
      customer: { id: order.customerId, email: order.email },
    });
    await rewriteLines(tx, order.id, kept, priced.lines);

    const costs = computeOrderCosts(
      priced.lines.map((line) => ({ ...line, isLabour: false })),
      priced.total - priced.taxTotal - priced.shippingTotal,
    );
    await tx.order.update({
      where: { id: order.id },
      data: {
        subtotal: priced.subtotal,
        discountTotal: priced.discountTotal,
        shippingTotal: priced.shippingTotal,
        taxTotal: priced.taxTotal,
        total: priced.total,
        pricesIncludeTax: priced.pricesIncludeTax,
        ...costs,
        shippingAddress: address ? { ...address } : undefined,
        shippingMethodName: priced.selectedShipping?.name ?? order.shippingMethodName,
        discountCodes: priced.appliedDiscounts.flatMap((d) => (d.code ? [d.code] : [])),
      },
    });
    const money = (amount: number) => formatAmount(amount, priced.currency);
    await addOrderEvent(tx, {
      tenantId,
      orderId: order.id,
      type: 'order.edited',
      message: `Order edited; total ${money(order.total)} → ${money(priced.total)}`,
      actorId: actor.id,
      data: { items: items ?? [], addressChanged: Boolean(shippingAddress) },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'order.edit',
      targetType: 'Order',
      targetId: order.id,
      before: {
        total: order.total,
        lines: lines.map((l) => ({ id: l.id, quantity: l.quantity })),
        shippingAddress: order.shippingAddress,
      },
      after: {
        total: priced.total,
        lines: kept.map(({ line, quantity }) => ({ id: line.id, quantity })),
        shippingAddress: address,
      },
    });
    return tx.order.findFirstOrThrow({ where: { id: order.id }, include: { items: true } });
  });
}
