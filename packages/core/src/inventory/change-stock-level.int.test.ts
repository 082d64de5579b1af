import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { changeStockLevel, type StockChange } from './change-stock-level.ts';
import { createStockedVariant } from './testing/create-stocked-variant.ts';
import { openConnections } from './testing/open-connections.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);

type Change = Omit<StockChange, 'tenantId' | 'variantId' | 'locationId'> &
  Partial<Pick<StockChange, 'variantId' | 'locationId'>>;

const change = (variantId: string, input: Change) =>
  db().$transaction((tx) =>
    changeStockLevel(tx, {
      tenantId: store().tenantId,
      variantId,
      locationId: store().ids.locationId,
      ...input,
    }),
  );

async function stocked(onHand: number, lowStockThreshold: number | null = null) {
  const { tenantId, ids } = store();
  return (
    await createStockedVariant(db(), {
      tenantId,
      locationId: ids.locationId,
      onHand,
      lowStockThreshold,
    })
  ).variantId;
}

const ledgerOf = (variantId: string) =>
  db().inventoryTransaction.findMany({ where: { variantId }, orderBy: { createdAt: 'asc' } });

const lowStockEvents = (variantId: string) =>
  db().domainEvent.findMany({
    where: { type: 'inventory.low_stock', payload: { path: ['variantId'], equals: variantId } },
    orderBy: { occurredAt: 'asc' },
  });

describe('changeStockLevel', () => {
  it('applies an on-hand change and writes it to the ledger with its balance', async () => {
    const variantId = await stocked(5);
    const actorId = store().members.staff.userId;
    const after = await change(variantId, {
      onHandDelta: 3,
      reason: 'received',
      referenceType: 'PurchaseOrder',
      referenceId: 'po-1',
      note: 'Spring delivery',
      actorId,
    });
    expect(after).toEqual({ onHand: 8, reserved: 0, available: 8 });
    expect(await ledgerOf(variantId)).toEqual([
      expect.objectContaining({
        delta: 3,
        balanceAfter: 8,
        reason: 'received',
        referenceType: 'PurchaseOrder',
        referenceId: 'po-1',
        note: 'Spring delivery',
        actorId,
      }),
    ]);
  });

  it('keeps reservations out of the ledger', async () => {
    const variantId = await stocked(5);
    expect(await change(variantId, { reservedDelta: 2 })).toEqual({
      onHand: 5,
      reserved: 2,
      available: 3,
    });
    expect(await ledgerOf(variantId)).toEqual([]);
  });

  it('refuses to take more than is available, changing nothing', async () => {
    const variantId = await stocked(5);
    await change(variantId, { reservedDelta: 3 });
    await expect(
      change(variantId, { onHandDelta: -3, reason: 'adjustment' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 2 left in stock',
      details: { variantId, available: 2 },
    });
    await expect(change(variantId, { reservedDelta: 3 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const level = await db().inventoryLevel.findFirst({ where: { variantId } });
    expect(level).toMatchObject({ onHand: 5, reserved: 3 });
    expect(await ledgerOf(variantId)).toEqual([]);
  });

  it('lets a sale take reserved units even when nothing else is available', async () => {
    const variantId = await stocked(2);
    await change(variantId, { reservedDelta: 2 });
    expect(await change(variantId, { onHandDelta: -2, reservedDelta: -2, reason: 'sale' })).toEqual(
      { onHand: 0, reserved: 0, available: 0 },
    );
  });

  it('creates the level on first receipt at a location, and refuses to take from none', async () => {
    const variantId = await stocked(0);
    const location = await db().inventoryLocation.create({
      data: { tenantId: store().tenantId, name: 'Annex', code: 'annex' },
    });
    await expect(
      change(variantId, { locationId: location.id, onHandDelta: -1, reason: 'adjustment' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Out of stock' });
    expect(
      await change(variantId, { locationId: location.id, onHandDelta: 4, reason: 'received' }),
    ).toEqual({ onHand: 4, reserved: 0, available: 4 });
  });

  it('counts every one of several first receipts arriving at a new location at once', async () => {
    const variantId = await stocked(0);
    const location = await db().inventoryLocation.create({
      data: { tenantId: store().tenantId, name: 'Dock', code: 'dock' },
    });
    await openConnections(db());
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () =>
        change(variantId, { locationId: location.id, onHandDelta: 2, reason: 'received' }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(
      await db().inventoryLevel.findFirst({ where: { variantId, locationId: location.id } }),
    ).toMatchObject({ onHand: 16, reserved: 0 });
    expect(await ledgerOf(variantId)).toHaveLength(8);
  });

  it("answers NOT_FOUND for another store's variant or location", async () => {
    const variantId = await stocked(1);
    const other = setup.fixture.storeB.ids;
    await expect(
      change(other.variantId, { onHandDelta: 1, reason: 'received' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      change(variantId, { locationId: other.locationId, onHandDelta: 1, reason: 'received' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Location not found' });
    const untouched = await setup.database
      .forTenant(setup.fixture.storeB.tenantId)
      .inventoryLevel.findFirst({ where: { variantId: other.variantId } });
    expect(untouched).toMatchObject({ onHand: 10, reserved: 0 });
  });

  it('insists on a reason for an on-hand change', async () => {
    const variantId = await stocked(1);
    await expect(change(variantId, { onHandDelta: 1 })).rejects.toThrow(/reason/);
  });

  it('never goes below zero under parallel decrements', async () => {
    const variantId = await stocked(10);
    await openConnections(db());
    const results = await Promise.allSettled(
      Array.from({ length: 25 }, () =>
        db().$transaction(
          (tx) =>
            changeStockLevel(tx, {
              tenantId: store().tenantId,
              variantId,
              locationId: store().ids.locationId,
              onHandDelta: -1,
              reason: 'adjustment',
            }),
          { maxWait: 60_000, timeout: 60_000 },
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(await db().inventoryLevel.findFirst({ where: { variantId } })).toMatchObject({
      onHand: 0,
    });
    expect(
      (await ledgerOf(variantId)).map((entry) => entry.balanceAfter).sort((a, b) => a - b),
    ).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});

describe('low-stock event', () => {
  it('fires once when availability crosses to the threshold, not while it stays below', async () => {
    const variantId = await stocked(5, 3);
    await change(variantId, { onHandDelta: -1, reason: 'adjustment' }); // 4: above
    expect(await lowStockEvents(variantId)).toHaveLength(0);
    await change(variantId, { reservedDelta: 1 }); // 3: crosses
    await change(variantId, { onHandDelta: -1, reason: 'adjustment' }); // 2: still below
    await change(variantId, { reservedDelta: 1 }); // 1: still below
    const events = await lowStockEvents(variantId);
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({
      variantId,
      locationId: store().ids.locationId,
      available: 3,
      threshold: 3,
    });
  });

  it('fires again after stock went back above the threshold and crossed once more', async () => {
    const variantId = await stocked(4, 3);
    await change(variantId, { onHandDelta: -2, reason: 'adjustment' }); // 2: crosses (jumping past)
    await change(variantId, { onHandDelta: 5, reason: 'received' }); // 7: above again
    await change(variantId, { onHandDelta: -7, reason: 'adjustment' }); // 0: crosses again
    const events = await lowStockEvents(variantId);
    // Two crossings, two events (written a moment apart, so compared without their order).
    expect(events).toHaveLength(2);
    expect(events.map((event) => event.payload)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ available: 2 }),
        expect.objectContaining({ available: 0 }),
      ]),
    );
  });

  it('stays silent for a variant without a threshold', async () => {
    const variantId = await stocked(5);
    await change(variantId, { onHandDelta: -5, reason: 'adjustment' });
    expect(await lowStockEvents(variantId)).toHaveLength(0);
  });
});
