import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { addOrderNote } from './add-order-note.ts';
import { cancelOrder } from './cancel-order.ts';
import { createShipment } from './create-shipment.ts';
import { deleteOrderNote } from './delete-order-note.ts';
import { getOrder } from './get-order.ts';
import { listOrders } from './list-orders.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { markShipmentDelivered } from './mark-shipment-delivered.ts';
import { placeTestOrder } from './testing/place-test-order.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const owner = (): Actor => ({ type: 'user', id: store().members.owner.userId });
const staff = (): Actor => ({ type: 'user', id: store().members.staff.userId });
const ctx = () => ({ db: db(), tenantId: store().tenantId, actor: owner() });

const place = (lines: Parameters<typeof placeTestOrder>[1]['lines'], customerId?: string) =>
  placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    lines,
    customerId: customerId ?? null,
  });

async function level(variantId: string | null) {
  const row = await db().inventoryLevel.findFirstOrThrow({
    where: { variantId: variantId ?? '', locationId: store().ids.locationId },
  });
  return { onHand: row.onHand, reserved: row.reserved };
}

const snapshot = async (orderId: string) =>
  JSON.stringify(
    await db().order.findFirst({
      where: { id: orderId },
      include: { items: true, payments: true, refunds: true, shipments: true, events: true },
    }),
  );

describe('marking an order paid', () => {
  it('records one captured manual payment and turns held stock into sales', async () => {
    const order = await place([{ quantity: 2, onHand: 5 }]);
    const variantId = order.items[0]?.variantId ?? null;
    expect(await level(variantId)).toEqual({ onHand: 5, reserved: 2 });

    const paid = await markOrderPaid({ ...ctx(), orderId: order.id, reference: 'Bank transfer' });
    expect(paid).toMatchObject({ status: 'paid', paymentStatus: 'paid', paidTotal: 5500 });
    const payments = await db().payment.findMany({ where: { orderId: order.id } });
    expect(payments).toEqual([
      expect.objectContaining({
        provider: 'manual',
        status: 'captured',
        amount: 5500,
        capturedAmount: 5500,
        providerReference: 'Bank transfer',
      }),
    ]);
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    const events = await db().domainEvent.findMany({ where: { type: 'payment.captured' } });
    expect(events.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({ orderId: order.id, amount: 5500 }),
    );
    const timeline = await db().orderEvent.findMany({ where: { orderId: order.id } });
    expect(timeline.map((e) => e.type)).toEqual(
      expect.arrayContaining(['order.placed', 'payment.captured', 'order.status_changed']),
    );
    const audit = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'order.mark_paid', targetId: order.id },
    });
    expect(audit?.actorId).toBe(store().members.owner.userId);
  });

  it('records the money once when the button is pressed twice at the same time', async () => {
    const order = await place([{ quantity: 1 }]);
    const results = await Promise.allSettled([
      markOrderPaid({ ...ctx(), orderId: order.id }),
      markOrderPaid({ ...ctx(), orderId: order.id }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'PRECONDITION_FAILED', message: 'This order is already paid' },
    });
    expect(await db().payment.count({ where: { orderId: order.id } })).toBe(1);
  });

  it('refuses a transition the state machine does not allow, changing nothing', async () => {
    const orderId = store().ids.orderId; // the fixture's delivered order
    const before = await snapshot(orderId);
    await expect(markOrderPaid({ ...ctx(), orderId })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'An order that is delivered cannot become paid',
    });
    expect(await snapshot(orderId)).toBe(before);
  });

  it("answers not found for another store's order", async () => {
    await expect(
      markOrderPaid({ ...ctx(), orderId: setup.fixture.storeB.ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
  });
});

describe('shipping', () => {
  it('ships part, refuses more than is left, ships the rest and delivers', async () => {
    const order = await place([{ quantity: 3 }, { quantity: 1, title: 'Wool Scarf' }]);
    const [shirt, scarf] = order.items;
    if (!shirt || !scarf) throw new Error('two lines expected');
    await expect(
      createShipment({
        ...ctx(),
        orderId: order.id,
        carrier: 'UPS',
        items: [{ orderItemId: shirt.id, quantity: 1 }],
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'An order that is pending payment cannot be shipped',
    });
    await markOrderPaid({ ...ctx(), orderId: order.id });

    const first = await createShipment({
      ...ctx(),
      orderId: order.id,
      carrier: 'UPS',
      trackingNumber: '1Z999',
      items: [{ orderItemId: shirt.id, quantity: 2 }],
    });
    expect(first.status).toBe('shipped');
    expect(await db().order.findFirst({ where: { id: order.id } })).toMatchObject({
      status: 'partially_fulfilled',
      fulfillmentStatus: 'partially_fulfilled',
    });

    const before = await snapshot(order.id);
    await expect(
      createShipment({
        ...ctx(),
        orderId: order.id,
        carrier: 'UPS',
        items: [
          { orderItemId: scarf.id, quantity: 1 },
          { orderItemId: shirt.id, quantity: 2 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Only 1 of Linen Shirt left to ship' });
    expect(await snapshot(order.id)).toBe(before);

    const second = await createShipment({
      ...ctx(),
      orderId: order.id,
      carrier: 'DHL',
      items: [
        { orderItemId: scarf.id, quantity: 1 },
        { orderItemId: shirt.id, quantity: 1 },
      ],
    });
    expect(await db().order.findFirst({ where: { id: order.id } })).toMatchObject({
      status: 'fulfilled',
      fulfillmentStatus: 'fulfilled',
    });
    const items = await db().orderItem.findMany({ where: { orderId: order.id } });
    expect(items.every((item) => item.fulfilledQuantity === item.quantity)).toBe(true);

    await markShipmentDelivered({ ...ctx(), shipmentId: first.id });
    expect((await db().order.findFirst({ where: { id: order.id } }))?.status).toBe('fulfilled');
    await markShipmentDelivered({ ...ctx(), shipmentId: second.id });
    await markShipmentDelivered({ ...ctx(), shipmentId: second.id });
    expect(await db().order.findFirst({ where: { id: order.id } })).toMatchObject({
      status: 'delivered',
      fulfillmentStatus: 'delivered',
    });
    const events = await db().domainEvent.findMany({ where: { type: 'shipment.created' } });
    expect(events.filter((e) => JSON.stringify(e.payload).includes(order.id))).toHaveLength(2);
  });

  it("refuses another order's line", async () => {
    const order = await place([{ quantity: 1 }]);
    await markOrderPaid({ ...ctx(), orderId: order.id });
    await expect(
      createShipment({
        ...ctx(),
        orderId: order.id,
        carrier: 'UPS',
        items: [{ orderItemId: store().ids.orderItemId, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order item not found' });
  });
});

describe('cancelling', () => {
  it('releases the stock held by an unpaid order', async () => {
    const order = await place([{ quantity: 2, onHand: 4 }]);
    const variantId = order.items[0]?.variantId ?? null;
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 2 });
    const cancelled = await cancelOrder({ ...ctx(), orderId: order.id, reason: 'Customer asked' });
    expect(cancelled).toMatchObject({ status: 'cancelled', paymentStatus: 'voided' });
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 0 });
    const events = await db().domainEvent.findMany({ where: { type: 'order.cancelled' } });
    expect(events.map((e) => e.payload)).toContainEqual({
      orderId: order.id,
      reason: 'Customer asked',
    });
  });

  it('puts sold stock back and refunds the money of a paid order', async () => {
    const order = await place([{ quantity: 2, onHand: 4 }]);
    const variantId = order.items[0]?.variantId ?? null;
    await markOrderPaid({ ...ctx(), orderId: order.id });
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });
    const cancelled = await cancelOrder({ ...ctx(), orderId: order.id, reason: 'Out of fabric' });
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      paymentStatus: 'refunded',
      refundedTotal: 5500,
    });
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 0 });
    expect(await db().refund.findMany({ where: { orderId: order.id } })).toEqual([
      expect.objectContaining({ amount: 5500, status: 'succeeded' }),
    ]);
    const payment = await db().payment.findFirst({ where: { orderId: order.id } });
    expect(payment).toMatchObject({ status: 'refunded', refundedAmount: 5500 });
  });

  it('refuses once anything has shipped, and twice', async () => {
    const order = await place([{ quantity: 2 }]);
    await markOrderPaid({ ...ctx(), orderId: order.id });
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    await createShipment({
      ...ctx(),
      orderId: order.id,
      carrier: 'UPS',
      items: [{ orderItemId: line.id, quantity: 1 }],
    });
    const before = await snapshot(order.id);
    await expect(
      cancelOrder({ ...ctx(), orderId: order.id, reason: 'Late' }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'An order with shipped items cannot be cancelled; start a return',
    });
    expect(await snapshot(order.id)).toBe(before);

    const other = await place([{ quantity: 1 }]);
    await cancelOrder({ ...ctx(), orderId: other.id, reason: 'Duplicate' });
    await expect(
      cancelOrder({ ...ctx(), orderId: other.id, reason: 'Again' }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'This order is already cancelled',
    });
  });
});

describe('notes', () => {
  it('adds internal and customer notes; only the author deletes one', async () => {
    const order = await place([{ quantity: 1 }]);
    const internal = await addOrderNote({
      ...ctx(),
      orderId: order.id,
      body: 'Gift wrap please',
      visibility: 'internal',
    });
    await addOrderNote({
      ...ctx(),
      actor: staff(),
      orderId: order.id,
      body: 'Your parcel leaves tomorrow',
      visibility: 'customer',
    });
    await expect(
      deleteOrderNote({ ...ctx(), actor: staff(), noteId: internal.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'You can only delete notes you wrote' });
    await deleteOrderNote({ ...ctx(), noteId: internal.id });
    const notes = await db().orderNote.findMany({ where: { orderId: order.id } });
    expect(notes.map((n) => [n.body, n.visibility])).toEqual([
      ['Your parcel leaves tomorrow', 'customer'],
    ]);
  });
});

describe('reading orders', () => {
  it('filters, searches and pages newest first', async () => {
    const customerId = store().ids.customerId;
    const a = await place([{ quantity: 1 }], customerId);
    const b = await place([{ quantity: 1 }], customerId);
    const c = await place([{ quantity: 1 }], customerId);
    await markOrderPaid({ ...ctx(), orderId: b.id });

    const mine = await listOrders({ db: db(), customerId, limit: 2 });
    expect(mine.items.map((o) => o.id)).toEqual([c.id, b.id]);
    const next = await listOrders({
      db: db(),
      customerId,
      limit: 2,
      cursor: mine.nextCursor ?? '',
    });
    expect(next.items.map((o) => o.id)).toContain(a.id);

    const paid = await listOrders({ db: db(), customerId, status: 'paid', limit: 25 });
    expect(paid.items.map((o) => o.id)).toEqual([b.id]);
    const byNumber = await listOrders({ db: db(), search: `#${a.number}`, limit: 25 });
    expect(byNumber.items.map((o) => o.id)).toEqual([a.id]);
    const byName = await listOrders({ db: db(), search: 'sam', limit: 25 });
    expect(byName.items.map((o) => o.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
    const foreignCursor = await listOrders({
      db: db(),
      limit: 25,
      cursor: setup.fixture.storeB.ids.orderId,
    });
    expect(foreignCursor.items).toEqual([]);
  });

  it('shows each line with its profit, and the order with its costs and timeline', async () => {
    const order = await place([{ quantity: 2, unitPrice: 3000, costPrice: 1200 }]);
    const detail = await getOrder({ db: db(), orderId: order.id });
    expect(detail.items[0]).toMatchObject({
      total: 6000,
      cost: 2400,
      profit: 3600,
      marginBps: 6000,
    });
    expect(detail.costs).toEqual({
      materialsCost: 2400,
      labourCost: 0,
      totalCost: 2400,
      profit: 3600,
      marginBps: 6000,
    });
    expect(detail.events.map((e) => e.type)).toEqual(['order.placed']);
    await expect(
      getOrder({ db: db(), orderId: setup.fixture.storeB.ids.orderId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
