import type { OrderSource, Prisma, TenantTransaction } from '@storeloom/db';
import type { Address } from '@storeloom/validators';

import { nextCounterValue } from '../counters/next-counter-value.ts';
import { emitDomainEvent } from '../events/emit-domain-event.ts';
import { computeOrderCosts } from './order-costs.ts';

/** A line as it will be snapshotted: the order never follows later catalogue edits. */
export interface OrderItemDraft {
  productId: string | null;
  variantId: string | null;
  name: string;
  variantTitle: string | null;
  sku: string | null;
  unitPrice: number;
  quantity: number;
  discountAmount: number;
  taxAmount: number;
  total: number;
  costPrice: number;
  isMaterial: boolean;
  isLabour: boolean;
  hours: number | null;
  labourRate: number | null;
}

export interface OrderDraft {
  tenantId: string;
  source: OrderSource;
  customerId: string | null;
  email: string;
  phone: string | null;
  currency: string;
  pricesIncludeTax: boolean;
  subtotal: number;
  discountTotal: number;
  shippingTotal: number;
  taxTotal: number;
  total: number;
  items: readonly OrderItemDraft[];
  shippingAddress: Address | null;
  billingAddress: Address | null;
  shippingTierCode: string | null;
  shippingMethodName: string | null;
  discountCodes: readonly string[];
  customerNote: string | null;
  idempotencyKey: string | null;
  cartId: string | null;
  actorId: string | null;
  /** First line of the order timeline, e.g. "Order placed on the storefront". */
  placedMessage: string;
}

function json(address: Address | null): Prisma.InputJsonValue | undefined {
  return address ? { ...address } : undefined;
}

/**
 * Writes an order with its next per-store number, item snapshots, cost totals (materials, labour
 * = hours x rate, profit, margin), the first timeline entry and the `order.placed` event. Shared
 * by checkout, estimate conversion and exchanges; callers have already priced and reserved.
 */
export async function createOrderRecord(tx: TenantTransaction, draft: OrderDraft) {
  const number = await nextCounterValue(tx, draft.tenantId, 'order');
  const netRevenue = draft.total - draft.taxTotal - draft.shippingTotal;
  const costs = computeOrderCosts(draft.items, netRevenue);
  const order = await tx.order.create({
    data: {
      tenantId: draft.tenantId,
      number,
      customerId: draft.customerId,
      email: draft.email,
      phone: draft.phone,
      source: draft.source,
      currency: draft.currency,
      pricesIncludeTax: draft.pricesIncludeTax,
      subtotal: draft.subtotal,
      discountTotal: draft.discountTotal,
      shippingTotal: draft.shippingTotal,
      taxTotal: draft.taxTotal,
      total: draft.total,
      ...costs,
      shippingAddress: json(draft.shippingAddress),
      billingAddress: json(draft.billingAddress),
      shippingTierCode: draft.shippingTierCode,
      shippingMethodName: draft.shippingMethodName,
      discountCodes: [...draft.discountCodes],
      customerNote: draft.customerNote,
      idempotencyKey: draft.idempotencyKey,
      cartId: draft.cartId,
      items: {
        create: draft.items.map((item, position) => ({
          tenantId: draft.tenantId,
          ...item,
          position,
        })),
      },
      events: {
        create: {
          tenantId: draft.tenantId,
          type: 'order.placed',
          message: draft.placedMessage,
          actorId: draft.actorId,
          data: { total: draft.total, currency: draft.currency },
        },
      },
    },
    select: { id: true, number: true, total: true },
  });
  await emitDomainEvent(tx, draft.tenantId, 'order.placed', {
    orderId: order.id,
    number: order.number,
    total: order.total,
    // Abandoned-cart runs wait for the order of their cart.
    ...(draft.cartId ? { cartId: draft.cartId } : {}),
  });
  return order;
}
