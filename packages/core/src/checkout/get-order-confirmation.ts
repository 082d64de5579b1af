import type { Prisma, TenantClient } from '@storeloom/db';
import { type Address, addressSchema } from '@storeloom/validators';

import type { Shopper } from '../cart/shopper.ts';
import { ownOrdersWhere } from '../customer-accounts/own-orders-where.ts';
import { notFound } from '../errors/domain-error.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { readPaymentSettings } from '../payment-settings/read-payment-settings.ts';
import { placedOrderWhere } from './placed-order-where.ts';

const confirmationSelect = {
  id: true,
  number: true,
  placedAt: true,
  status: true,
  paymentStatus: true,
  email: true,
  phone: true,
  currency: true,
  pricesIncludeTax: true,
  subtotal: true,
  discountTotal: true,
  shippingTotal: true,
  taxTotal: true,
  total: true,
  paidTotal: true,
  discountCodes: true,
  customerNote: true,
  shippingTierCode: true,
  shippingMethodName: true,
  shippingAddress: true,
  billingAddress: true,
  items: {
    orderBy: { position: 'asc' },
    select: {
      id: true,
      name: true,
      variantTitle: true,
      sku: true,
      quantity: true,
      unitPrice: true,
      discountAmount: true,
      total: true,
    },
  },
  checkout: { select: { paymentProvider: true } },
  payments: {
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 1,
    select: { provider: true },
  },
} satisfies Prisma.OrderSelect;

/** Snapshots are validated when written; one that no longer parses is shown as missing. */
function snapshot(value: unknown): Address | null {
  const parsed = addressSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * What the confirmation page shows the shopper who just placed an order: number, lines, totals,
 * addresses, the delivery option with its estimate, how to pay (the store's instructions for a
 * manual payment still due) and whether the order is also in their account. Costs and profit are
 * never part of it. Anyone else, and a guessed id, gets NOT_FOUND.
 */
export async function getOrderConfirmation({
  db,
  tenantId,
  orderId,
  shopper,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  shopper: Shopper;
}) {
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: placedOrderWhere(shopper, orderId),
      select: confirmationSelect,
    });
    if (!order) throw notFound('Order');
    const [tier, settings, inAccount] = await Promise.all([
      order.shippingTierCode
        ? tx.shippingTier.findFirst({
            where: { code: order.shippingTierCode },
            select: { deliveryDaysMin: true, deliveryDaysMax: true },
          })
        : null,
      readPaymentSettings(tx, tenantId),
      shopper.customer
        ? tx.order.count({ where: { id: order.id, ...ownOrdersWhere(shopper.customer) } })
        : 0,
    ]);

    const provider = order.checkout?.paymentProvider ?? order.payments[0]?.provider ?? 'manual';
    const amountDue = order.status === 'cancelled' ? 0 : Math.max(0, order.total - order.paidTotal);
    return {
      orderId: order.id,
      number: order.number,
      placedAt: order.placedAt,
      status: order.status,
      paymentStatus: order.paymentStatus,
      email: order.email,
      phone: order.phone,
      currency: order.currency,
      pricesIncludeTax: order.pricesIncludeTax,
      subtotal: order.subtotal,
      discountTotal: order.discountTotal,
      shippingTotal: order.shippingTotal,
      taxTotal: order.taxTotal,
      total: order.total,
      paidTotal: order.paidTotal,
      amountDue,
      discountCodes: order.discountCodes,
      customerNote: order.customerNote,
      shippingAddress: snapshot(order.shippingAddress),
      billingAddress: snapshot(order.billingAddress),
      delivery: order.shippingMethodName
        ? {
            name: order.shippingMethodName,
            deliveryDaysMin: tier?.deliveryDaysMin ?? null,
            deliveryDaysMax: tier?.deliveryDaysMax ?? null,
          }
        : null,
      items: order.items.map(({ id, ...item }) => ({ orderItemId: id, ...item })),
      payment: {
        provider,
        displayName: providerDisplayName(provider),
        // Bank details or "pay on delivery": only worth showing while something is still due.
        instructions:
          provider === 'manual' && amountDue > 0 ? settings.manualInstructions || null : null,
      },
      /** The signed-in shopper can also find it under their account's orders. */
      inAccount: inAccount > 0,
    };
  });
}

export type PlacedOrderConfirmation = Awaited<ReturnType<typeof getOrderConfirmation>>;
