import { describe, expect, it } from 'vitest';

import { placeTestOrder } from '@storeloom/core/orders/testing/place-test-order';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, { session: sessionFor(store().members[role], store().tenantId) });

/** $25.00 x quantity + $5.00 shipping, awaiting payment. */
const place = (quantity = 2) =>
  placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    customerId: store().shopper.customerId,
    lines: [{ quantity, costPrice: 1000 }],
  });

const snapshot = async (orderId: string) =>
  JSON.stringify(
    await db().order.findFirst({
      where: { id: orderId },
      include: { items: true, payments: true, refunds: true, shipments: true, notes: true },
    }),
  );

describe('orders API', () => {
  it('takes an order from payment to delivery, with profit and a timeline', async () => {
    const order = await place(2);
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    await as('staff').orders.markPaid({ orderId: order.id, reference: 'Cash' });
    const shipment = await as('staff').orders.createShipment({
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1Z999',
      trackingUrl: 'https://ups.example/1Z999',
      items: [{ orderItemId: line.id, quantity: 2 }],
    });
    await as('staff').orders.markShipmentDelivered({ shipmentId: shipment.id });
    await as('staff').orders.addNote({ orderId: order.id, body: 'Left with a neighbour' });

    const detail = await as('viewer').orders.get({ orderId: order.id });
    expect(detail).toMatchObject({
      status: 'delivered',
      paymentStatus: 'paid',
      fulfillmentStatus: 'delivered',
      paidTotal: 5500,
      profit: 3000,
      refundable: 5500,
    });
    expect(detail.items[0]).toMatchObject({ profit: 3000, cost: 2000 });
    expect(detail.notes.map((n) => n.visibility)).toEqual(['internal']);
    expect(detail.events.map((e) => e.type)).toEqual([
      'order.placed',
      'payment.captured',
      'order.status_changed',
      'order.status_changed',
      'shipment.created',
      'shipment.delivered',
      'order.status_changed',
      'note.added',
    ]);
    const page = await as('viewer').orders.list({ status: 'delivered', search: `${order.number}` });
    expect(page.items.map((o) => o.id)).toEqual([order.id]);
  });

  it('keeps money with admins: staff cannot cancel or refund, viewers cannot write', async () => {
    const order = await place(1);
    await expect(as('viewer').orders.markPaid({ orderId: order.id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await as('staff').orders.markPaid({ orderId: order.id });
    await expect(
      as('staff').orders.refund({ orderId: order.id, amount: 100 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      as('staff').orders.cancel({ orderId: order.id, reason: 'Duplicate' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const cancelled = await as('admin').orders.cancel({ orderId: order.id, reason: 'Duplicate' });
    expect(cancelled).toMatchObject({ status: 'cancelled', paymentStatus: 'refunded' });
  });
});

describe('editing an unpaid order through the API', () => {
  it('re-prices a new quantity for staff, and refuses viewers', async () => {
    const order = await place(2);
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    await expect(
      as('viewer').orders.edit({
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const edited = await as('staff').orders.edit({
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
    });
    expect(edited).toMatchObject({ subtotal: 2500, total: 2500 });
    expect(edited.items.map((item) => item.quantity)).toEqual([1]);
  });
});

describe('orders API bad input: a 4xx with a message, and nothing changed', () => {
  it('refuses a refund larger than what was paid', async () => {
    const order = await place(1);
    await as('owner').orders.markPaid({ orderId: order.id });
    const before = await snapshot(order.id);
    await expect(
      as('owner').orders.refund({ orderId: order.id, amount: 3001 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'You can refund at most $30.00' });
    expect(await snapshot(order.id)).toBe(before);
  });

  it('refuses an order transition that is not allowed', async () => {
    const orderId = store().ids.orderId;
    const before = await snapshot(orderId);
    await expect(as('owner').orders.markPaid({ orderId })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'An order that is delivered cannot become paid',
    });
    await expect(as('owner').orders.cancel({ orderId, reason: 'Too late' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(await snapshot(orderId)).toBe(before);
  });

  it('refuses shipping more than is left to ship, or a negative quantity', async () => {
    const order = await place(2);
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    await as('owner').orders.markPaid({ orderId: order.id });
    const before = await snapshot(order.id);
    await expect(
      as('owner').orders.createShipment({
        orderId: order.id,
        carrier: 'UPS',
        items: [{ orderItemId: line.id, quantity: 3 }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Only 2 of Linen Shirt left to ship' });
    await expect(
      as('owner').orders.createShipment({
        orderId: order.id,
        carrier: 'UPS',
        items: [{ orderItemId: line.id, quantity: -1 }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await snapshot(order.id)).toBe(before);
  });

  it("refuses unknown and other stores' ids, and strings over their limits", async () => {
    const order = await place(1);
    const before = await snapshot(order.id);
    await expect(
      as('owner').orders.get({ orderId: setup.fixture.storeB.ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
    await expect(
      as('owner').orders.deleteNote({ noteId: setup.fixture.storeB.ids.noteId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Note not found' });
    const tooLong = await as('owner')
      .orders.addNote({ orderId: order.id, body: 'x'.repeat(4001) })
      .catch((error: unknown) => error);
    expect(tooLong).toMatchObject({ code: 'BAD_REQUEST' });
    expect((tooLong as Error).message).toContain('At most 4000 characters');
    await expect(
      as('owner').orders.cancel({ orderId: order.id, reason: 'r'.repeat(501) }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await snapshot(order.id)).toBe(before);
  });
});
