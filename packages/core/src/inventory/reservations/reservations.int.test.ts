import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createStockedVariant } from '../testing/create-stocked-variant.ts';
import { createTestOrder } from '../testing/create-test-order.ts';
import { commitReservations } from './commit-reservations.ts';
import { releaseExpiredReservations } from './release-expired-reservations.ts';
import { releaseReservations } from './release-reservations.ts';
import { reserveStock, type ReserveStockInput } from './reserve-stock.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const inAnHour = () => new Date(Date.now() + 3_600_000);

const reserve = (input: Omit<ReserveStockInput, 'tenantId' | 'expiresAt'> & { expiresAt?: Date }) =>
  db().$transaction((tx) =>
    reserveStock(tx, { tenantId: store().tenantId, expiresAt: inAnHour(), ...input }),
  );

async function stocked(onHand: number, extra: { trackInventory?: boolean } = {}) {
  const { tenantId, ids } = store();
  const created = await createStockedVariant(db(), {
    tenantId,
    locationId: ids.locationId,
    onHand,
  });
  if (extra.trackInventory === false) {
    await db().productVariant.update({
      where: { id: created.variantId },
      data: { trackInventory: false },
    });
  }
  return created.variantId;
}

async function level(variantId: string, locationId = store().ids.locationId) {
  const row = await db().inventoryLevel.findFirst({ where: { variantId, locationId } });
  return row ? { onHand: row.onHand, reserved: row.reserved } : null;
}

let overflowLocationId: string | undefined;
/** A second active location whose code sorts after the default's. */
async function overflowLocation() {
  overflowLocationId ??= (
    await db().inventoryLocation.create({
      data: { tenantId: store().tenantId, name: 'Overflow', code: 'zz-overflow' },
    })
  ).id;
  return overflowLocationId;
}

describe('reserveStock', () => {
  it('holds stock at the default location with the order, cart and expiry recorded', async () => {
    const variantId = await stocked(4);
    const orderId = await createTestOrder(db(), store().tenantId);
    const expiresAt = inAnHour();
    await reserve({
      orderId,
      cartId: store().ids.cartId,
      expiresAt,
      lines: [{ variantId, quantity: 3 }],
    });
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 3 });
    const rows = await db().inventoryReservation.findMany({ where: { variantId } });
    expect(rows).toEqual([
      expect.objectContaining({
        locationId: store().ids.locationId,
        quantity: 3,
        status: 'active',
        orderId,
        cartId: store().ids.cartId,
        expiresAt,
      }),
    ]);
  });

  it('takes a line whole from the next location by code when the default cannot cover it', async () => {
    const variantId = await stocked(1);
    const overflow = await overflowLocation();
    await db().inventoryLevel.create({
      data: { tenantId: store().tenantId, variantId, locationId: overflow, onHand: 2 },
    });
    await reserve({ lines: [{ variantId, quantity: 2 }] });
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
    expect(await level(variantId, overflow)).toEqual({ onHand: 2, reserved: 2 });
  });

  it('never splits a line across locations, and says how many can still be bought', async () => {
    const variantId = await stocked(2);
    await db().inventoryLevel.create({
      data: {
        tenantId: store().tenantId,
        variantId,
        locationId: await overflowLocation(),
        onHand: 2,
      },
    });
    await expect(reserve({ lines: [{ variantId, quantity: 3 }] })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Only 2 left of Linen Shirt (M)',
      details: { variantId, available: 2 },
    });
    expect(await level(variantId)).toEqual({ onHand: 2, reserved: 0 });
  });

  it('reserves nothing when one line of several cannot be covered', async () => {
    const plenty = await stocked(10);
    const scarce = await stocked(1);
    await expect(
      reserve({
        lines: [
          { variantId: plenty, quantity: 2 },
          { variantId: scarce, quantity: 2 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 1 left of Linen Shirt (M)' });
    expect(await level(plenty)).toEqual({ onHand: 10, reserved: 0 });
    expect(
      await db().inventoryReservation.count({ where: { variantId: { in: [plenty, scarce] } } }),
    ).toBe(0);
  });

  it('checks a variant listed twice against its total', async () => {
    const variantId = await stocked(3);
    await expect(
      reserve({
        lines: [
          { variantId, quantity: 2 },
          { variantId, quantity: 2 },
        ],
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Only 3 left of Linen Shirt (M)' });
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
  });

  it('does not reserve variants that do not track inventory', async () => {
    const variantId = await stocked(0, { trackInventory: false });
    await reserve({ lines: [{ variantId, quantity: 5 }] });
    expect(await level(variantId)).toEqual({ onHand: 0, reserved: 0 });
    expect(await db().inventoryReservation.count({ where: { variantId } })).toBe(0);
  });

  it('sells a backorderable variant beyond stock without a reservation', async () => {
    const variantId = await stocked(1);
    await db().productVariant.update({ where: { id: variantId }, data: { allowBackorder: true } });
    await reserve({ lines: [{ variantId, quantity: 3 }] });
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 0 });
    await reserve({ lines: [{ variantId, quantity: 1 }] });
    expect(await level(variantId)).toEqual({ onHand: 1, reserved: 1 });
  });

  it("answers NOT_FOUND for an unknown or another store's variant", async () => {
    for (const variantId of ['no-such-variant', setup.fixture.storeB.ids.variantId]) {
      await expect(reserve({ lines: [{ variantId, quantity: 1 }] })).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'Product variant not found',
      });
    }
  });

  it.each([0, -2, 1.5])('refuses a quantity of %s', async (quantity) => {
    const variantId = await stocked(5);
    await expect(reserve({ lines: [{ variantId, quantity }] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await level(variantId)).toEqual({ onHand: 5, reserved: 0 });
  });
});

describe('commitReservations', () => {
  it('turns held units into a sale in the ledger, once', async () => {
    const variantId = await stocked(5);
    const orderId = await createTestOrder(db(), store().tenantId);
    const actorId = store().members.staff.userId;
    await reserve({ orderId, lines: [{ variantId, quantity: 2 }] });
    const commit = () =>
      db().$transaction((tx) =>
        commitReservations(tx, { tenantId: store().tenantId, orderId, actorId }),
      );
    await commit();
    await commit();
    expect(await level(variantId)).toEqual({ onHand: 3, reserved: 0 });
    const ledger = await db().inventoryTransaction.findMany({ where: { variantId } });
    expect(ledger).toEqual([
      expect.objectContaining({
        delta: -2,
        balanceAfter: 3,
        reason: 'sale',
        referenceType: 'Order',
        referenceId: orderId,
        actorId,
      }),
    ]);
    expect(await db().inventoryReservation.findFirst({ where: { orderId } })).toMatchObject({
      status: 'committed',
    });
  });
});

describe('releaseReservations', () => {
  it.each([
    ['cancelled', 'released'],
    ['expired', 'expired'],
  ] as const)('gives the stock back when %s, once', async (reason, status) => {
    const variantId = await stocked(5);
    const orderId = await createTestOrder(db(), store().tenantId);
    await reserve({ orderId, lines: [{ variantId, quantity: 2 }] });
    const release = () =>
      db().$transaction((tx) =>
        releaseReservations(tx, { tenantId: store().tenantId, orderId, reason }),
      );
    expect(await release()).toBe(1);
    expect(await release()).toBe(0);
    expect(await level(variantId)).toEqual({ onHand: 5, reserved: 0 });
    expect(await db().inventoryReservation.findFirst({ where: { orderId } })).toMatchObject({
      status,
    });
    expect(await db().inventoryTransaction.count({ where: { variantId } })).toBe(0);
  });

  it('leaves a committed order alone', async () => {
    const variantId = await stocked(5);
    const orderId = await createTestOrder(db(), store().tenantId);
    const { tenantId } = store();
    await reserve({ orderId, lines: [{ variantId, quantity: 1 }] });
    await db().$transaction((tx) => commitReservations(tx, { tenantId, orderId }));
    const released = await db().$transaction((tx) =>
      releaseReservations(tx, { tenantId, orderId, reason: 'cancelled' }),
    );
    expect(released).toBe(0);
    expect(await level(variantId)).toEqual({ onHand: 4, reserved: 0 });
  });
});

describe('releaseExpiredReservations', () => {
  it('releases only holds that ended by the given time', async () => {
    const variantId = await stocked(5);
    const now = new Date();
    await reserve({
      expiresAt: new Date(now.getTime() - 1000),
      lines: [{ variantId, quantity: 2 }],
    });
    await reserve({ expiresAt: now, lines: [{ variantId, quantity: 1 }] });
    await reserve({
      expiresAt: new Date(now.getTime() + 60_000),
      lines: [{ variantId, quantity: 1 }],
    });

    const released = await releaseExpiredReservations({
      db: db(),
      tenantId: store().tenantId,
      now,
    });

    expect(released).toBe(2);
    expect(await level(variantId)).toEqual({ onHand: 5, reserved: 1 });
    const statuses = await db().inventoryReservation.findMany({
      where: { variantId },
      orderBy: { expiresAt: 'asc' },
      select: { status: true },
    });
    expect(statuses.map((row) => row.status)).toEqual(['expired', 'expired', 'active']);
    expect(await releaseExpiredReservations({ db: db(), tenantId: store().tenantId, now })).toBe(0);
  });

  it("does not touch another store's reservations", async () => {
    const other = setup.fixture.storeB;
    const otherDb = setup.database.forTenant(other.tenantId);
    const { variantId } = await createStockedVariant(otherDb, {
      tenantId: other.tenantId,
      locationId: other.ids.locationId,
      onHand: 2,
    });
    await otherDb.$transaction((tx) =>
      reserveStock(tx, {
        tenantId: other.tenantId,
        expiresAt: new Date(Date.now() - 1000),
        lines: [{ variantId, quantity: 2 }],
      }),
    );
    await releaseExpiredReservations({ db: db(), tenantId: store().tenantId, now: new Date() });
    expect(await otherDb.inventoryReservation.findFirst({ where: { variantId } })).toMatchObject({
      status: 'active',
    });
  });
});
