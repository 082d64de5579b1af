import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { editOrder } from './edit-order.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { placeTestOrder } from './testing/place-test-order.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const actor = (): Actor => ({ type: 'user', id: store().members.staff.userId });
const ctx = () => ({ db: db(), tenantId: store().tenantId, actor: actor() });

const springfield = {
  firstName: 'Sam',
  lastName: 'Shopper',
  line1: '1 Main St',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

/** Two lines awaiting payment, shipped standard to the fixture's domestic zone. */
async function orderToEdit() {
  const order = await placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    customerId: store().shopper.customerId,
    lines: [
      { quantity: 2, onHand: 5, costPrice: 1000 },
      { quantity: 1, onHand: 5, title: 'Wool Scarf' },
    ],
  });
  await db().order.update({
    where: { id: order.id },
    data: { shippingAddress: springfield, shippingTierCode: 'standard' },
  });
  const [shirt, scarf] = order.items;
  if (!shirt?.variantId || !scarf?.variantId) throw new Error('two stocked lines expected');
  return {
    order,
    shirt: { ...shirt, variantId: shirt.variantId },
    scarf: { ...scarf, variantId: scarf.variantId },
  };
}

const reserved = async (variantId: string) =>
  (
    await db().inventoryLevel.findFirstOrThrow({
      where: { variantId, locationId: store().ids.locationId },
    })
  ).reserved;

const snapshot = async (orderId: string) =>
  JSON.stringify(
    await db().order.findFirst({
      where: { id: orderId },
      include: { items: true, reservations: true },
    }),
  );

describe('editing an unpaid order', () => {
  it('re-prices the new quantities, drops removed lines and moves the stock holds', async () => {
    const { order, shirt, scarf } = await orderToEdit();
    expect(await reserved(shirt.variantId)).toBe(2);
    await db().productVariant.update({ where: { id: shirt.variantId }, data: { costPrice: 1200 } });

    const edited = await editOrder({
      ...ctx(),
      orderId: order.id,
      items: [
        { orderItemId: shirt.id, quantity: 3 },
        { orderItemId: scarf.id, quantity: 0 },
      ],
    });
    expect(edited.items).toEqual([
      expect.objectContaining({ id: shirt.id, quantity: 3, unitPrice: 2500, costPrice: 1200 }),
    ]);
    expect(edited).toMatchObject({ subtotal: 7500, shippingTotal: 500 });
    expect(edited.taxTotal).toBeGreaterThan(0);
    expect(edited.total).toBe(edited.subtotal + edited.shippingTotal + edited.taxTotal);
    expect(edited).toMatchObject({ materialsCost: 3600, profit: 3900 });
    expect(await reserved(shirt.variantId)).toBe(3);
    expect(await reserved(scarf.variantId)).toBe(0);
    const timeline = await db().orderEvent.findMany({ where: { orderId: order.id } });
    expect(timeline.map((e) => e.type)).toContain('order.edited');
  });

  it('keeps a one-use code the order itself used, counted once', async () => {
    const { order, shirt } = await orderToEdit();
    const discount = await db().discount.create({
      data: {
        tenantId: store().tenantId,
        title: 'One off',
        method: 'code',
        code: `ONCE${order.number}`,
        kind: 'percentage',
        value: 1000,
        usageLimit: 1,
        usageCount: 1,
      },
    });
    // As checkout leaves it: the code on the order and its one use counted.
    await db().order.update({
      where: { id: order.id },
      data: { discountCodes: [discount.code ?? ''] },
    });
    await db().discountUsage.create({
      data: {
        tenantId: store().tenantId,
        discountId: discount.id,
        orderId: order.id,
        customerEmail: order.id,
        amount: 600,
      },
    });

    const edited = await editOrder({
      ...ctx(),
      orderId: order.id,
      items: [{ orderItemId: shirt.id, quantity: 1 }],
    });
    expect(edited.discountCodes).toEqual([discount.code]);
    expect(edited.discountTotal).toBe(500);
    const after = await db().discount.findFirstOrThrow({ where: { id: discount.id } });
    expect(after.usageCount).toBe(1);
    expect(await db().discountUsage.count({ where: { discountId: discount.id } })).toBe(1);
  });

  it('changes the shipping address, refusing one nobody ships to', async () => {
    const { order } = await orderToEdit();
    const edited = await editOrder({
      ...ctx(),
      orderId: order.id,
      shippingAddress: { ...springfield, line1: '742 Evergreen Terrace' },
    });
    expect(edited.shippingAddress).toMatchObject({ line1: '742 Evergreen Terrace' });

    const before = await snapshot(order.id);
    await expect(
      editOrder({
        ...ctx(),
        orderId: order.id,
        shippingAddress: { ...springfield, country: 'CA' },
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await snapshot(order.id)).toBe(before);
  });

  it('refuses more than is in stock and an order without lines, changing nothing', async () => {
    const { order, shirt, scarf } = await orderToEdit();
    const before = await snapshot(order.id);
    await expect(
      editOrder({ ...ctx(), orderId: order.id, items: [{ orderItemId: shirt.id, quantity: 6 }] }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 5 left of Linen Shirt (M)' });
    await expect(
      editOrder({
        ...ctx(),
        orderId: order.id,
        items: [
          { orderItemId: shirt.id, quantity: 0 },
          { orderItemId: scarf.id, quantity: 0 },
        ],
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'An order needs at least one line; cancel it instead',
    });
    expect(await snapshot(order.id)).toBe(before);
  });

  it('refuses a paid order', async () => {
    const { order, shirt } = await orderToEdit();
    await markOrderPaid({ ...ctx(), orderId: order.id });
    await expect(
      editOrder({ ...ctx(), orderId: order.id, items: [{ orderItemId: shirt.id, quantity: 1 }] }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Only an order awaiting payment can be edited',
    });
  });
});
