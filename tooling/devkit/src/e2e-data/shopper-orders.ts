import { randomBytes } from 'node:crypto';
import type { UnscopedClient } from '@storeloom/db/unscoped';
import { storeIdOf } from './e2e-database';

export interface ShopperOrder {
  orderId: string;
  number: number;
  itemName: string;
}

export interface ShipmentDetails {
  trackingNumber: string;
  trackingUrl: string;
}

type Stage = 'processing' | 'shipped' | 'delivered';

/** Takes the next order number, like core's nextCounterValue, so numbers never collide. */
export async function nextOrderNumber(db: UnscopedClient, tenantId: string): Promise<number> {
  const rows = await db.$queryRaw<{ value: number }[]>`
    INSERT INTO "TenantCounter" ("tenantId", "name", "value") VALUES (${tenantId}, 'order', 1)
    ON CONFLICT ("tenantId", "name") DO UPDATE SET "value" = "TenantCounter"."value" + 1
    RETURNING "value"`;
  const value = rows[0]?.value;
  if (value === undefined) throw new Error('The order counter returned no value');
  return value;
}

/** A unique tracking number and the carrier page for it. */
export function newTracking(): ShipmentDetails {
  const trackingNumber = `1Z${randomBytes(6).toString('hex').toUpperCase()}`;
  return {
    trackingNumber,
    trackingUrl: `https://www.ups.com/track?tracknum=${trackingNumber}`,
  };
}

/**
 * A paid order of the shopper, as the desk leaves it at `stage`: processing (nothing shipped),
 * shipped (one UPS parcel with tracking) or delivered. One line, a snapshot of a seeded product
 * that is only read; no stock moves, so no other spec sees a difference.
 */
export async function createShopperOrder(
  db: UnscopedClient,
  options: { storeSlug: string; customerId: string; stage: Stage; quantity?: number },
): Promise<ShopperOrder & { shipment: ShipmentDetails | null }> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const quantity = options.quantity ?? 2;
  const [customer, variant] = await Promise.all([
    db.customer.findFirstOrThrow({
      where: { tenantId, id: options.customerId },
      select: { email: true, firstName: true, lastName: true },
    }),
    db.productVariant.findFirstOrThrow({
      where: { tenantId, product: { status: 'active' } },
      orderBy: { sku: 'asc' },
      select: {
        id: true,
        sku: true,
        price: true,
        currency: true,
        product: { select: { id: true, title: true } },
      },
    }),
  ]);
  const number = await nextOrderNumber(db, tenantId);
  const subtotal = variant.price * quantity;
  const address = {
    firstName: customer.firstName ?? 'Sam',
    lastName: customer.lastName ?? 'Tester',
    line1: '1 Test Street',
    city: 'Springfield',
    postalCode: '62701',
    country: 'US',
  };
  const order = await db.order.create({
    data: {
      tenantId,
      number,
      customerId: options.customerId,
      email: customer.email,
      status: 'processing',
      paymentStatus: 'paid',
      fulfillmentStatus: 'unfulfilled',
      currency: variant.currency,
      subtotal,
      total: subtotal,
      paidTotal: subtotal,
      shippingMethodName: 'Standard',
      shippingAddress: address,
      billingAddress: address,
      items: {
        create: {
          tenantId,
          productId: variant.product.id,
          variantId: variant.id,
          name: variant.product.title,
          sku: variant.sku,
          unitPrice: variant.price,
          quantity,
          total: subtotal,
        },
      },
      payments: {
        create: {
          tenantId,
          provider: 'manual',
          status: 'captured',
          amount: subtotal,
          capturedAmount: subtotal,
          currency: variant.currency,
          idempotencyKey: `e2e-payment:${randomBytes(6).toString('hex')}`,
        },
      },
      events: {
        create: [
          { tenantId, type: 'order.placed', message: 'Order placed on the storefront' },
          { tenantId, type: 'payment.captured', message: 'Payment received (manual)' },
        ],
      },
    },
    select: { id: true },
  });
  const shipment =
    options.stage === 'processing'
      ? null
      : await addShipment(db, {
          storeSlug: options.storeSlug,
          orderId: order.id,
          delivered: options.stage === 'delivered',
        });
  return { orderId: order.id, number, itemName: variant.product.title, shipment };
}

/**
 * The store ships every line of the order in one UPS parcel with tracking (and, with
 * `delivered`, the parcel arrives): what the desk's "create shipment" leaves behind.
 */
export async function addShipment(
  db: UnscopedClient,
  options: { storeSlug: string; orderId: string; delivered?: boolean },
): Promise<ShipmentDetails> {
  const tenantId = await storeIdOf(db, options.storeSlug);
  const tracking = newTracking();
  const now = new Date();
  const delivered = options.delivered ?? false;
  const items = await db.orderItem.findMany({
    where: { tenantId, orderId: options.orderId },
    select: { id: true, quantity: true },
  });
  const units = items.reduce((sum, item) => sum + item.quantity, 0);
  await db.$transaction(async (tx) => {
    await tx.shipment.create({
      data: {
        tenantId,
        orderId: options.orderId,
        carrier: 'UPS',
        service: 'Ground',
        ...tracking,
        status: delivered ? 'delivered' : 'shipped',
        shippedAt: now,
        deliveredAt: delivered ? now : null,
        items: {
          create: items.map((item) => ({
            tenantId,
            orderItemId: item.id,
            quantity: item.quantity,
          })),
        },
      },
    });
    for (const item of items) {
      await tx.orderItem.update({
        where: { id: item.id },
        data: { fulfilledQuantity: item.quantity },
      });
    }
    await tx.order.update({
      where: { id: options.orderId },
      data: delivered
        ? { status: 'delivered', fulfillmentStatus: 'delivered' }
        : { status: 'fulfilled', fulfillmentStatus: 'fulfilled' },
    });
    await tx.orderEvent.create({
      data: {
        tenantId,
        orderId: options.orderId,
        type: 'shipment.created',
        message: `${units} ${units === 1 ? 'item' : 'items'} shipped with UPS (${tracking.trackingNumber})`,
      },
    });
  });
  return tracking;
}
