import { describe, expect, it } from 'vitest';

import { placeTestOrder } from '@storeloom/core/orders/testing/place-test-order';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { CUSTOMER_SESSION_COOKIE } from '../../session/shopper-cookies.ts';
import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, { session: sessionFor(store().members[role], store().tenantId) });
const shopper = () =>
  callerFor(setup.database, {
    app: 'storefront',
    host: store().host,
    cookies: { [CUSTOMER_SESSION_COOKIE]: store().shopper.sessionToken },
  });

/** A delivered order of the fixture's shopper: two $25.00 shirts and $5.00 shipping. */
async function deliveredOrder() {
  const order = await placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    customerId: store().shopper.customerId,
    lines: [{ quantity: 2, onHand: 3 }],
  });
  const [line] = order.items;
  if (!line?.variantId) throw new Error('a stocked line expected');
  await as('staff').orders.markPaid({ orderId: order.id });
  const shipment = await as('staff').orders.createShipment({
    orderId: order.id,
    carrier: 'UPS',
    items: [{ orderItemId: line.id, quantity: 2 }],
  });
  await as('staff').orders.markShipmentDelivered({ shipmentId: shipment.id });
  return { order, line: { ...line, variantId: line.variantId } };
}

const returnsOf = async (orderId: string) =>
  JSON.stringify(await db().return.findMany({ where: { orderId }, include: { items: true } }));

describe('returns API', () => {
  it('lets the shopper request and the merchant approve, receive and refund', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await shopper().storefront.returns.request({
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too small',
    });
    expect(requested.status).toBe('requested');
    const mine = await shopper().storefront.returns.list();
    expect(mine.map((r) => r.id)).toContain(requested.id);

    const queue = await as('viewer').returns.list({ status: 'requested' });
    expect(queue.items.map((r) => r.id)).toContain(requested.id);
    await as('staff').returns.approve({ returnId: requested.id });
    await as('staff').returns.receive({ returnId: requested.id, restock: true });
    await expect(
      as('staff').returns.refund({ returnId: requested.id, full: true }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const refunded = await as('admin').returns.refund({ returnId: requested.id, full: true });
    expect(refunded).toMatchObject({ status: 'refunded', refundAmount: 2500 });

    const detail = await as('viewer').returns.get({ returnId: requested.id });
    expect(detail.refunds.map((r) => r.amount)).toEqual([2500]);
    const level = await db().inventoryLevel.findFirstOrThrow({
      where: { variantId: line.variantId, locationId: store().ids.locationId },
    });
    expect(level.onHand).toBe(2);
  });
});

describe('returns API bad input: a 4xx with a message, and nothing changed', () => {
  it('refuses returning more than was delivered', async () => {
    const { order, line } = await deliveredOrder();
    const before = await returnsOf(order.id);
    await expect(
      shopper().storefront.returns.request({
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 3 }],
        reason: 'Too small',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'You can return at most 2 of Linen Shirt',
    });
    expect(await returnsOf(order.id)).toBe(before);
  });

  it("refuses another store's order, and asks a guest to sign in", async () => {
    await expect(
      shopper().storefront.returns.request({
        orderId: setup.fixture.storeB.ids.orderId,
        items: [{ orderItemId: setup.fixture.storeB.ids.orderItemId, quantity: 1 }],
        reason: 'Too small',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
    const guest = callerFor(setup.database, { app: 'storefront', host: store().host });
    await expect(guest.storefront.returns.list()).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('refuses a refund larger than what was paid', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await shopper().storefront.returns.request({
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 2 }],
      reason: 'Wrong colour',
    });
    await as('admin').returns.approve({ returnId: requested.id });
    const before = await returnsOf(order.id);
    await expect(
      as('admin').returns.refund({ returnId: requested.id, amount: 5501 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'You can refund at most $55.00' });
    expect(await returnsOf(order.id)).toBe(before);
  });

  it('refuses reasons over their limit', async () => {
    const { order, line } = await deliveredOrder();
    await expect(
      shopper().storefront.returns.request({
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 1 }],
        reason: 'x'.repeat(201),
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await db().return.count({ where: { orderId: order.id } })).toBe(0);
  });
});
