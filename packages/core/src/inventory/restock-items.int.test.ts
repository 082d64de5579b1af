import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { restockItems, type RestockItemsInput } from './restock-items.ts';
import { createStockedVariant } from './testing/create-stocked-variant.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);

const restock = (input: Partial<RestockItemsInput> & Pick<RestockItemsInput, 'items'>) =>
  db().$transaction((tx) =>
    restockItems(tx, {
      tenantId: store().tenantId,
      reason: 'return',
      referenceType: 'Return',
      referenceId: store().ids.returnId,
      actorId: store().members.staff.userId,
      ...input,
    }),
  );

async function stocked(onHand: number) {
  const { tenantId, ids } = store();
  return (await createStockedVariant(db(), { tenantId, locationId: ids.locationId, onHand }))
    .variantId;
}

describe('restockItems', () => {
  it('puts units back at the default location with a ledger entry naming the cause', async () => {
    const variantId = await stocked(1);
    await restock({ items: [{ variantId, quantity: 2 }] });
    const level = await db().inventoryLevel.findFirst({
      where: { variantId, locationId: store().ids.locationId },
    });
    expect(level).toMatchObject({ onHand: 3, reserved: 0 });
    expect(await db().inventoryTransaction.findMany({ where: { variantId } })).toEqual([
      expect.objectContaining({
        delta: 2,
        balanceAfter: 3,
        reason: 'return',
        referenceType: 'Return',
        referenceId: store().ids.returnId,
        actorId: store().members.staff.userId,
      }),
    ]);
  });

  it('restocks at a chosen location, creating its level', async () => {
    const variantId = await stocked(0);
    const location = await db().inventoryLocation.create({
      data: { tenantId: store().tenantId, name: 'Back room', code: 'back-room' },
    });
    await restock({
      items: [{ variantId, quantity: 4 }],
      locationId: location.id,
      reason: 'adjustment',
      referenceType: 'Order',
      referenceId: store().ids.orderId,
    });
    expect(
      await db().inventoryLevel.findFirst({ where: { variantId, locationId: location.id } }),
    ).toMatchObject({ onHand: 4 });
  });

  it("answers NOT_FOUND for another store's variant or location, changing nothing", async () => {
    const variantId = await stocked(1);
    const other = setup.fixture.storeB.ids;
    await expect(
      restock({ items: [{ variantId: other.variantId, quantity: 1 }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      restock({ items: [{ variantId, quantity: 1 }], locationId: other.locationId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Location not found' });
    expect(await db().inventoryTransaction.count({ where: { variantId } })).toBe(0);
  });

  it('refuses zero or negative quantities', async () => {
    const variantId = await stocked(1);
    await expect(restock({ items: [{ variantId, quantity: 0 }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(restock({ items: [{ variantId, quantity: -3 }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
