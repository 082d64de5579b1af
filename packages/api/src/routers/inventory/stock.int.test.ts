import { beforeAll, describe, expect, it } from 'vitest';

import { reserveStock } from '@storeloom/core';
import { createStockedVariant } from '@storeloom/core/inventory/testing/create-stocked-variant';
import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const dbA = () => setup.database.forTenant(storeA().tenantId);

const as = (role: 'owner' | 'staff' | 'viewer', store = storeA()) =>
  callerFor(setup.database, { session: sessionFor(store.members[role], store.tenantId) });

let secondLocationId = '';
beforeAll(async () => {
  secondLocationId = (
    await as('owner').inventory.createLocation({ name: 'Back Room', code: 'back-room' })
  ).id;
});

async function stocked(onHand: number, options: { title?: string; threshold?: number } = {}) {
  const created = await createStockedVariant(dbA(), {
    tenantId: storeA().tenantId,
    locationId: storeA().ids.locationId,
    onHand,
    title: options.title,
    lowStockThreshold: options.threshold ?? null,
  });
  return created;
}

/** Everything the stock procedures could change, to show a refused call changed nothing. */
async function stockSnapshot(tenantId = storeA().tenantId) {
  const db = unscoped(setup.database);
  const [levels, ledger, audit, variants] = await Promise.all([
    db.inventoryLevel.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
    db.inventoryTransaction.count({ where: { tenantId } }),
    db.auditLog.count({ where: { tenantId } }),
    db.productVariant.findMany({ where: { tenantId }, orderBy: { id: 'asc' } }),
  ]);
  return JSON.stringify({ levels, ledger, audit, variants });
}

async function expectRefusedWithoutChange(
  call: () => Promise<unknown>,
  expected: { code: string; message?: unknown },
) {
  const before = await stockSnapshot();
  await expect(call()).rejects.toMatchObject(expected);
  expect(await stockSnapshot()).toBe(before);
}

describe('stock levels', () => {
  it('lists levels with product, variant, location and availability, filtered and paged', async () => {
    const title = 'Paged Lantern';
    const made = [
      await stocked(3, { title }),
      await stocked(4, { title }),
      await stocked(1, { title }),
    ];
    const skus = made.map((m) => m.sku).sort();
    const first = await as('viewer').inventory.listLevels({ search: 'paged lantern', limit: 2 });
    expect(first.levels.map((l) => l.sku)).toEqual(skus.slice(0, 2));
    expect(first.levels[0]).toMatchObject({
      productTitle: title,
      variantTitle: 'M',
      locationId: storeA().ids.locationId,
      locationName: 'Main',
      reserved: 0,
    });
    expect(first.nextCursor).not.toBeNull();
    const second = await as('viewer').inventory.listLevels({
      search: 'paged lantern',
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.levels.map((l) => l.sku)).toEqual(skus.slice(2));
    expect(second.nextCursor).toBeNull();

    const bySku = await as('viewer').inventory.listLevels({ search: made[1]?.sku.toLowerCase() });
    expect(bySku.levels).toEqual([expect.objectContaining({ onHand: 4, available: 4 })]);
  });

  it('filters by location and to low stock only', async () => {
    const low = await stocked(2, { title: 'Low Candle', threshold: 2 });
    await stocked(9, { title: 'Low Candle', threshold: 2 });
    const lowOnly = await as('viewer').inventory.listLevels({
      search: 'low candle',
      lowStockOnly: true,
    });
    expect(lowOnly.levels).toEqual([
      expect.objectContaining({ variantId: low.variantId, available: 2, lowStockThreshold: 2 }),
    ]);
    await as('staff').inventory.transferStock({
      variantId: low.variantId,
      fromLocationId: storeA().ids.locationId,
      toLocationId: secondLocationId,
      quantity: 1,
    });
    const atBackRoom = await as('viewer').inventory.listLevels({ locationId: secondLocationId });
    expect(atBackRoom.levels.every((l) => l.locationId === secondLocationId)).toBe(true);
    expect(atBackRoom.levels.map((l) => l.variantId)).toContain(low.variantId);
  });

  it('treats % and _ in a search literally', async () => {
    await stocked(1, { title: 'Plain Mug' });
    expect((await as('viewer').inventory.listLevels({ search: '%' })).levels).toEqual([]);
  });
});

describe('adjusting stock', () => {
  it('adds received units and removes damaged ones, with ledger and audit', async () => {
    const { variantId } = await stocked(5);
    const { locationId } = storeA().ids;
    await expect(
      as('staff').inventory.adjustStock({ variantId, locationId, delta: 7, reason: 'received' }),
    ).resolves.toMatchObject({ onHand: 12, available: 12 });
    await expect(
      as('staff').inventory.adjustStock({ variantId, locationId, delta: -2, note: 'Water damage' }),
    ).resolves.toMatchObject({ onHand: 10 });
    const { entries } = await as('viewer').inventory.listLedger({ variantId });
    expect(entries.map((e) => [e.delta, e.reason, e.balanceAfter])).toEqual([
      [-2, 'adjustment', 10],
      [7, 'received', 12],
    ]);
    expect(entries[0]).toMatchObject({
      note: 'Water damage',
      actorId: storeA().members.staff.userId,
      location: { id: locationId, code: 'main' },
    });
    const audit = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'inventory.adjust', targetId: variantId },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit).toMatchObject({ before: { onHand: 12 }, after: { onHand: 10, delta: -2 } });
  });

  it('refuses to remove more than is available, saying why, and changes nothing', async () => {
    const { variantId } = await stocked(5);
    const { tenantId, ids } = storeA();
    await dbA().$transaction((tx) =>
      reserveStock(tx, {
        tenantId,
        lines: [{ variantId, quantity: 2 }],
        expiresAt: new Date(Date.now() + 3_600_000),
      }),
    );
    await expectRefusedWithoutChange(
      () => as('staff').inventory.adjustStock({ variantId, locationId: ids.locationId, delta: -4 }),
      {
        code: 'CONFLICT',
        message:
          'Cannot remove 4 of Linen Shirt (M) at Main: only 3 available (2 more reserved for checkouts)',
      },
    );
  });

  it.each([
    ['zero', { delta: 0 }],
    ['a fraction', { delta: 1.5 }],
    ['too many units', { delta: 1_000_001 }],
    ['received stock that removes units', { delta: -1, reason: 'received' as const }],
    ['a note over 500 characters', { delta: 1, note: 'n'.repeat(501) }],
  ])('answers BAD_REQUEST for %s, changing nothing', async (_label, input) => {
    const { variantId } = await stocked(5);
    await expectRefusedWithoutChange(
      () =>
        as('staff').inventory.adjustStock({
          variantId,
          locationId: storeA().ids.locationId,
          ...input,
        }),
      { code: 'BAD_REQUEST', message: expect.any(String) },
    );
  });

  it("answers NOT_FOUND for unknown or another store's variant and location", async () => {
    const { variantId } = await stocked(5);
    const other = setup.fixture.storeB;
    const otherBefore = await stockSnapshot(other.tenantId);
    for (const input of [
      { variantId: other.ids.variantId, locationId: storeA().ids.locationId },
      { variantId, locationId: other.ids.locationId },
      { variantId: 'unknown-variant', locationId: storeA().ids.locationId },
    ]) {
      await expectRefusedWithoutChange(
        () => as('owner').inventory.adjustStock({ ...input, delta: -1 }),
        { code: 'NOT_FOUND' },
      );
    }
    expect(await stockSnapshot(other.tenantId)).toBe(otherBefore);
  });

  it('refuses viewers', async () => {
    const { variantId } = await stocked(5);
    await expectRefusedWithoutChange(
      () =>
        as('viewer').inventory.adjustStock({
          variantId,
          locationId: storeA().ids.locationId,
          delta: 1,
        }),
      { code: 'FORBIDDEN' },
    );
  });
});

describe('counting stock', () => {
  it('records the difference to the count as a correction', async () => {
    const { variantId } = await stocked(8);
    const { locationId } = storeA().ids;
    await expect(
      as('staff').inventory.setCountedStock({ variantId, locationId, onHand: 6 }),
    ).resolves.toMatchObject({ onHand: 6, difference: -2 });
    await expect(
      as('staff').inventory.setCountedStock({ variantId, locationId, onHand: 6 }),
    ).resolves.toMatchObject({ onHand: 6, difference: 0 });
    const { entries } = await as('viewer').inventory.listLedger({ variantId });
    expect(entries).toEqual([
      expect.objectContaining({
        delta: -2,
        balanceAfter: 6,
        reason: 'correction',
        note: 'Counted 6',
      }),
    ]);
  });

  it('starts a level at a location that had none', async () => {
    const { variantId } = await stocked(0);
    await expect(
      as('staff').inventory.setCountedStock({ variantId, locationId: secondLocationId, onHand: 4 }),
    ).resolves.toMatchObject({ onHand: 4, difference: 4 });
  });

  it('refuses a count below what is reserved, and a negative count', async () => {
    const { variantId } = await stocked(5);
    const { tenantId, ids } = storeA();
    await dbA().$transaction((tx) =>
      reserveStock(tx, {
        tenantId,
        lines: [{ variantId, quantity: 3 }],
        expiresAt: new Date(Date.now() + 3_600_000),
      }),
    );
    await expectRefusedWithoutChange(
      () =>
        as('staff').inventory.setCountedStock({ variantId, locationId: ids.locationId, onHand: 2 }),
      {
        code: 'CONFLICT',
        message: expect.stringContaining('3 of Linen Shirt (M) at Main are reserved'),
      },
    );
    await expectRefusedWithoutChange(
      () =>
        as('staff').inventory.setCountedStock({
          variantId,
          locationId: ids.locationId,
          onHand: -1,
        }),
      { code: 'BAD_REQUEST', message: expect.stringContaining('negative') },
    );
  });
});

describe('transferring stock', () => {
  it('moves units with a transfer_out and a transfer_in sharing one reference', async () => {
    const { variantId } = await stocked(5);
    const result = await as('staff').inventory.transferStock({
      variantId,
      fromLocationId: storeA().ids.locationId,
      toLocationId: secondLocationId,
      quantity: 3,
    });
    expect(result).toMatchObject({ from: { onHand: 2 }, to: { onHand: 3 }, quantity: 3 });
    const { entries } = await as('viewer').inventory.listLedger({ variantId });
    expect(entries.map((e) => [e.reason, e.delta, e.referenceType, e.referenceId]).sort()).toEqual([
      ['transfer_in', 3, 'Transfer', result.transferId],
      ['transfer_out', -3, 'Transfer', result.transferId],
    ]);
    const atBackRoom = await as('viewer').inventory.listLedger({
      variantId,
      locationId: secondLocationId,
    });
    expect(atBackRoom.entries.map((e) => e.reason)).toEqual(['transfer_in']);
  });

  it('refuses the same location, more than is available, zero units, and foreign locations', async () => {
    const { variantId } = await stocked(2);
    const { locationId } = storeA().ids;
    const transfer = (input: {
      fromLocationId?: string;
      toLocationId?: string;
      quantity?: number;
    }) =>
      as('staff').inventory.transferStock({
        variantId,
        fromLocationId: locationId,
        toLocationId: secondLocationId,
        quantity: 1,
        ...input,
      });
    await expectRefusedWithoutChange(() => transfer({ toLocationId: locationId }), {
      code: 'BAD_REQUEST',
      message: 'Choose two different locations to transfer between',
    });
    await expectRefusedWithoutChange(() => transfer({ quantity: 3 }), {
      code: 'CONFLICT',
      message: 'Cannot transfer 3 of Linen Shirt (M) at Main: only 2 available',
    });
    await expectRefusedWithoutChange(() => transfer({ quantity: 0 }), { code: 'BAD_REQUEST' });
    await expectRefusedWithoutChange(() => transfer({ quantity: -1 }), { code: 'BAD_REQUEST' });
    const foreign = setup.fixture.storeB.ids.locationId;
    await expectRefusedWithoutChange(() => transfer({ toLocationId: foreign }), {
      code: 'NOT_FOUND',
    });
    await expectRefusedWithoutChange(
      () => transfer({ fromLocationId: foreign, toLocationId: foreign }),
      { code: 'NOT_FOUND' },
    );
  });
});

describe('the ledger', () => {
  it('pages newest first', async () => {
    const { variantId } = await stocked(0);
    const { locationId } = storeA().ids;
    for (const delta of [1, 2, 3]) {
      await as('staff').inventory.adjustStock({ variantId, locationId, delta, reason: 'received' });
    }
    const first = await as('viewer').inventory.listLedger({ variantId, limit: 2 });
    expect(first.entries.map((e) => e.balanceAfter)).toEqual([6, 3]);
    const second = await as('viewer').inventory.listLedger({
      variantId,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.entries.map((e) => e.balanceAfter)).toEqual([1]);
    expect(second.nextCursor).toBeNull();
  });

  it("answers NOT_FOUND for another store's variant", async () => {
    await expect(
      as('owner').inventory.listLedger({ variantId: setup.fixture.storeB.ids.variantId }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('low-stock threshold', () => {
  it('sets and clears the threshold; crossing it emits one event', async () => {
    const { variantId } = await stocked(6);
    const { locationId } = storeA().ids;
    await expect(
      as('staff').inventory.setLowStockThreshold({ variantId, lowStockThreshold: 3 }),
    ).resolves.toEqual({ variantId, lowStockThreshold: 3 });
    await as('staff').inventory.adjustStock({ variantId, locationId, delta: -3 });
    await as('staff').inventory.adjustStock({ variantId, locationId, delta: -1 });
    const events = await dbA().domainEvent.findMany({
      where: { type: 'inventory.low_stock', payload: { path: ['variantId'], equals: variantId } },
    });
    expect(events.map((e) => e.payload)).toEqual([
      { variantId, locationId, available: 3, threshold: 3 },
    ]);
    await as('staff').inventory.setLowStockThreshold({ variantId, lowStockThreshold: null });
    expect(await dbA().productVariant.findUnique({ where: { id: variantId } })).toMatchObject({
      lowStockThreshold: null,
    });
  });

  it('refuses a negative or fractional threshold and a foreign variant', async () => {
    const { variantId } = await stocked(1);
    await expectRefusedWithoutChange(
      () => as('staff').inventory.setLowStockThreshold({ variantId, lowStockThreshold: -1 }),
      { code: 'BAD_REQUEST' },
    );
    await expectRefusedWithoutChange(
      () => as('staff').inventory.setLowStockThreshold({ variantId, lowStockThreshold: 2.5 }),
      { code: 'BAD_REQUEST' },
    );
    await expectRefusedWithoutChange(
      () =>
        as('owner').inventory.setLowStockThreshold({
          variantId: setup.fixture.storeB.ids.variantId,
          lowStockThreshold: 1,
        }),
      { code: 'NOT_FOUND' },
    );
  });
});

describe('releasing expired reservations', () => {
  it('frees stock of holds that ran out, audited, and leaves live ones', async () => {
    const { variantId } = await stocked(5);
    const { tenantId, ids } = storeA();
    const hold = (quantity: number, expiresAt: Date) =>
      dbA().$transaction((tx) =>
        reserveStock(tx, { tenantId, lines: [{ variantId, quantity }], expiresAt }),
      );
    await hold(2, new Date(Date.now() - 1000));
    await hold(1, new Date(Date.now() + 3_600_000));
    const { released } = await as('staff').inventory.releaseExpiredReservations();
    expect(released).toBe(1);
    const level = await dbA().inventoryLevel.findFirst({
      where: { variantId, locationId: ids.locationId },
    });
    expect(level).toMatchObject({ onHand: 5, reserved: 1 });
    const audit = await unscoped(setup.database).auditLog.findFirst({
      where: { tenantId, action: 'inventory.reservations.release_expired' },
    });
    expect(audit?.actorId).toBe(storeA().members.staff.userId);
    await expect(as('viewer').inventory.releaseExpiredReservations()).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
