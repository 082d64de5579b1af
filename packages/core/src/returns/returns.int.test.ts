import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { createShipment } from '../orders/create-shipment.ts';
import { markOrderPaid } from '../orders/mark-order-paid.ts';
import { markShipmentDelivered } from '../orders/mark-shipment-delivered.ts';
import { placeTestOrder } from '../orders/testing/place-test-order.ts';
import { approveExchange } from './approve-exchange.ts';
import { approveReturn } from './approve-return.ts';
import { listReturns } from './list-returns.ts';
import { receiveReturn } from './receive-return.ts';
import { refundReturn } from './refund-return.ts';
import { rejectReturn } from './reject-return.ts';
import { requestReturn } from './request-return.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const actor = (): Actor => ({ type: 'user', id: store().members.admin.userId });
const ctx = () => ({ db: db(), tenantId: store().tenantId, actor: actor() });
const shopper = () => ({ id: store().shopper.customerId, ordersVisibleSince: null });

/** A delivered order of the fixture's shopper: 3 shirts ($25.00 each, 2 on hand after) + $5.00 shipping. */
async function deliveredOrder() {
  const order = await placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    customerId: store().shopper.customerId,
    lines: [{ quantity: 3, onHand: 5 }],
  });
  const [line] = order.items;
  if (!line?.variantId) throw new Error('a stocked line expected');
  await markOrderPaid({ ...ctx(), orderId: order.id });
  const shipment = await createShipment({
    ...ctx(),
    orderId: order.id,
    carrier: 'UPS',
    items: [{ orderItemId: line.id, quantity: 3 }],
  });
  await markShipmentDelivered({ ...ctx(), shipmentId: shipment.id });
  return { order, line: { ...line, variantId: line.variantId } };
}

const onHand = async (variantId: string) =>
  (
    await db().inventoryLevel.findFirstOrThrow({
      where: { variantId, locationId: store().ids.locationId },
    })
  ).onHand;

const returnRows = async (orderId: string) =>
  JSON.stringify(await db().return.findMany({ where: { orderId }, include: { items: true } }));

describe('a return from request to refund', () => {
  it('is requested by the shopper, approved, received with restock and refunded', async () => {
    const { order, line } = await deliveredOrder();
    expect(await onHand(line.variantId)).toBe(2);

    const requested = await requestReturn({
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 2 }],
      reason: 'Too small',
      note: 'Will send them back on Monday',
    });
    expect(requested.status).toBe('requested');
    expect(requested.number).toBeGreaterThan(1);
    const events = await db().domainEvent.findMany({ where: { type: 'return.requested' } });
    expect(events.map((e) => e.payload)).toContainEqual({
      returnId: requested.id,
      orderId: order.id,
    });

    const queue = await listReturns({ db: db(), status: 'requested', limit: 25 });
    expect(queue.items.map((r) => r.id)).toContain(requested.id);

    await approveReturn({ ...ctx(), returnId: requested.id });
    const received = await receiveReturn({ ...ctx(), returnId: requested.id, restock: true });
    expect(received).toMatchObject({ status: 'received', restock: true });
    expect(await onHand(line.variantId)).toBe(4);
    const ledger = await db().inventoryTransaction.findMany({
      where: { referenceType: 'Return', referenceId: requested.id },
    });
    expect(ledger).toEqual([expect.objectContaining({ reason: 'return', delta: 2 })]);
    expect(await db().order.findFirst({ where: { id: order.id } })).toMatchObject({
      fulfillmentStatus: 'partially_returned',
    });

    const refunded = await refundReturn({ ...ctx(), returnId: requested.id, full: true });
    expect(refunded).toMatchObject({ status: 'refunded', refundAmount: 5000 });
    expect(refunded.refund).toMatchObject({ amount: 5000, returnId: requested.id });
    expect(await db().order.findFirst({ where: { id: order.id } })).toMatchObject({
      status: 'partially_refunded',
      paymentStatus: 'partially_refunded',
      refundedTotal: 5000,
    });
  });

  it('receives without restocking the lines the merchant marks as damaged', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await requestReturn({
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Torn seam',
    });
    await approveReturn({ ...ctx(), returnId: requested.id });
    await receiveReturn({
      ...ctx(),
      returnId: requested.id,
      restock: true,
      items: [{ orderItemId: line.id, restock: false, condition: 'Torn' }],
    });
    expect(await onHand(line.variantId)).toBe(2);
    const item = await db().returnItem.findFirstOrThrow({ where: { returnId: requested.id } });
    expect(item).toMatchObject({ restocked: false, condition: 'Torn' });
  });
});

describe('return events', () => {
  it('records each step of a return in the outbox for the workflows', async () => {
    const { order, line } = await deliveredOrder();
    const request = {
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too small',
    };
    const kept = await requestReturn(request);
    await approveReturn({ ...ctx(), returnId: kept.id });
    await receiveReturn({ ...ctx(), returnId: kept.id, restock: true });
    const declined = await requestReturn(request);
    await rejectReturn({ ...ctx(), returnId: declined.id, reason: 'Worn' });

    const events = await db().domainEvent.findMany({
      where: { type: { startsWith: 'return.' }, payload: { path: ['orderId'], equals: order.id } },
    });
    expect(events).toHaveLength(5);
    expect(events.map((event) => [event.type, event.payload])).toEqual(
      expect.arrayContaining([
        ['return.requested', { returnId: kept.id, orderId: order.id }],
        ['return.approved', { returnId: kept.id, orderId: order.id }],
        ['return.received', { returnId: kept.id, orderId: order.id }],
        ['return.requested', { returnId: declined.id, orderId: order.id }],
        ['return.rejected', { returnId: declined.id, orderId: order.id }],
      ]),
    );
  });
});

describe('refusals', () => {
  it('refuses returning more than was delivered, changing nothing', async () => {
    const { order, line } = await deliveredOrder();
    const request = {
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      reason: 'Changed my mind',
    };
    await requestReturn({ ...request, items: [{ orderItemId: line.id, quantity: 2 }] });
    const before = await returnRows(order.id);
    await expect(
      requestReturn({ ...request, items: [{ orderItemId: line.id, quantity: 2 }] }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'You can return at most 1 of Linen Shirt',
    });
    expect(await returnRows(order.id)).toBe(before);
  });

  it('refuses items not delivered yet, and orders of someone else', async () => {
    const order = await placeTestOrder(db(), {
      tenantId: store().tenantId,
      locationId: store().ids.locationId,
      customerId: store().shopper.customerId,
      lines: [{ quantity: 1 }],
    });
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    const request = {
      db: db(),
      tenantId: store().tenantId,
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too big',
    };
    await expect(requestReturn({ ...request, customer: shopper() })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Linen Shirt has not been delivered yet',
    });
    await expect(
      requestReturn({ ...request, customer: { id: 'someone-else', ordersVisibleSince: null } }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Order not found' });
  });

  it('refuses a refund beyond what the order still holds', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await requestReturn({
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Too small',
    });
    await approveReturn({ ...ctx(), returnId: requested.id });
    await expect(
      refundReturn({ ...ctx(), returnId: requested.id, amount: 8001 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'You can refund at most $80.00' });
    await expect(
      refundReturn({
        ...ctx(),
        returnId: requested.id,
        items: [{ orderItemId: line.id, amount: 2501 }],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'At most $25.00 can be refunded for Linen Shirt',
    });
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(0);
  });

  it('moves a return only along its steps', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await requestReturn({
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Colour',
    });
    await expect(
      receiveReturn({ ...ctx(), returnId: requested.id, restock: true }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'A return that is requested cannot be received',
    });
    await rejectReturn({ ...ctx(), returnId: requested.id, reason: 'Worn' });
    await expect(approveReturn({ ...ctx(), returnId: requested.id })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'A return that is rejected cannot be approved',
    });
    // A rejected return gives its units back to what can be returned.
    await expect(
      requestReturn({
        db: db(),
        tenantId: store().tenantId,
        customer: shopper(),
        orderId: order.id,
        items: [{ orderItemId: line.id, quantity: 3 }],
        reason: 'Colour',
      }),
    ).resolves.toMatchObject({ status: 'requested' });
  });
});

describe('exchanges', () => {
  it('approves a return as an exchange with a paid, zero-priced replacement order', async () => {
    const { order, line } = await deliveredOrder();
    const requested = await requestReturn({
      db: db(),
      tenantId: store().tenantId,
      customer: shopper(),
      orderId: order.id,
      items: [{ orderItemId: line.id, quantity: 1 }],
      reason: 'Wrong size',
    });
    await db().productVariant.update({ where: { id: line.variantId }, data: { costPrice: 1100 } });
    const before = await onHand(line.variantId);
    const approved = await approveExchange({
      ...ctx(),
      returnId: requested.id,
      items: [{ variantId: line.variantId, quantity: 1 }],
    });
    expect(approved.status).toBe('approved');
    expect(approved.replacementOrderId).toBe(approved.replacementOrder.id);
    const replacement = await db().order.findFirstOrThrow({
      where: { id: approved.replacementOrder.id },
      include: { items: true },
    });
    expect(replacement).toMatchObject({
      source: 'admin',
      status: 'paid',
      total: 0,
      customerId: store().shopper.customerId,
      totalCost: 1100,
      profit: -1100,
    });
    expect(replacement.items).toEqual([
      expect.objectContaining({
        variantId: line.variantId,
        unitPrice: 0,
        quantity: 1,
        total: 0,
        costPrice: 1100,
      }),
    ]);
    expect(await onHand(line.variantId)).toBe(before - 1);
    await expect(
      approveExchange({
        ...ctx(),
        returnId: requested.id,
        items: [{ variantId: line.variantId, quantity: 1 }],
      }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' });
  });
});
