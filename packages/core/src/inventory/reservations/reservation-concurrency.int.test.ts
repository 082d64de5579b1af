import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { isDomainError } from '../../errors/domain-error.ts';
import { createStockedVariant } from '../testing/create-stocked-variant.ts';
import { createTestOrder } from '../testing/create-test-order.ts';
import { openConnections } from '../testing/open-connections.ts';
import { commitReservations } from './commit-reservations.ts';
import { releaseReservations } from './release-reservations.ts';
import { reserveStock } from './reserve-stock.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const inAnHour = () => new Date(Date.now() + 3_600_000);
// 50 transactions share a pool of 10 connections: let them queue for a connection.
const queueing = { maxWait: 60_000, timeout: 60_000 };

async function levelOf(variantId: string) {
  const level = await db().inventoryLevel.findFirst({
    where: { variantId, locationId: store().ids.locationId },
  });
  if (!level) throw new Error('The level disappeared');
  return {
    onHand: level.onHand,
    reserved: level.reserved,
    available: level.onHand - level.reserved,
  };
}

describe('reservations under concurrency', () => {
  it('lets exactly 5 of 50 parallel checkouts reserve the last 5 units', async () => {
    const { tenantId, ids } = store();
    const { variantId } = await createStockedVariant(db(), {
      tenantId,
      locationId: ids.locationId,
      onHand: 5,
    });
    await openConnections(db());

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        db().$transaction(
          (tx) =>
            reserveStock(tx, {
              tenantId,
              lines: [{ variantId, quantity: 1 }],
              expiresAt: inAnHour(),
            }),
          queueing,
        ),
      ),
    );

    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const error of refused) {
      expect(isDomainError(error) && error.code).toBe('CONFLICT');
      expect(error).toMatchObject({ message: 'Linen Shirt (M) is out of stock' });
    }
    expect(await levelOf(variantId)).toEqual({ onHand: 5, reserved: 5, available: 0 });
    expect(await db().inventoryReservation.count({ where: { variantId, status: 'active' } })).toBe(
      5,
    );
  });

  it('commits or releases each order once when commits and cancels race, never going negative', async () => {
    const { tenantId, ids } = store();
    const { variantId } = await createStockedVariant(db(), {
      tenantId,
      locationId: ids.locationId,
      onHand: 10,
    });
    const orderIds: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      const orderId = await createTestOrder(db(), tenantId);
      await db().$transaction((tx) =>
        reserveStock(tx, {
          tenantId,
          orderId,
          lines: [{ variantId, quantity: 1 }],
          expiresAt: inAnHour(),
        }),
      );
      orderIds.push(orderId);
    }
    expect(await levelOf(variantId)).toEqual({ onHand: 10, reserved: 10, available: 0 });

    // Every order is paid twice (a duplicated webhook) and cancelled once, all at the same time.
    const released = await Promise.all(
      orderIds.flatMap((orderId) => [
        db()
          .$transaction((tx) => commitReservations(tx, { tenantId, orderId }), queueing)
          .then(() => 0),
        db()
          .$transaction((tx) => commitReservations(tx, { tenantId, orderId }), queueing)
          .then(() => 0),
        db().$transaction(
          (tx) => releaseReservations(tx, { tenantId, orderId, reason: 'cancelled' }),
          queueing,
        ),
      ]),
    );

    const releasedCount = released.reduce((sum, count) => sum + count, 0);
    const committed = await db().inventoryReservation.count({
      where: { variantId, status: 'committed' },
    });
    const sales = await db().inventoryTransaction.findMany({
      where: { variantId, reason: 'sale' },
    });
    expect(committed + releasedCount).toBe(10);
    expect(
      await db().inventoryReservation.count({ where: { variantId, status: 'released' } }),
    ).toBe(releasedCount);
    expect(sales).toHaveLength(committed);
    expect(await levelOf(variantId)).toEqual({
      onHand: 10 - committed,
      reserved: 0,
      available: 10 - committed,
    });
  });

  it('releases an order once however many cancels arrive together', async () => {
    const { tenantId, ids } = store();
    const { variantId } = await createStockedVariant(db(), {
      tenantId,
      locationId: ids.locationId,
      onHand: 3,
    });
    const orderId = await createTestOrder(db(), tenantId);
    await db().$transaction((tx) =>
      reserveStock(tx, {
        tenantId,
        orderId,
        lines: [{ variantId, quantity: 3 }],
        expiresAt: inAnHour(),
      }),
    );

    const counts = await Promise.all(
      Array.from({ length: 20 }, () =>
        db().$transaction(
          (tx) => releaseReservations(tx, { tenantId, orderId, reason: 'cancelled' }),
          queueing,
        ),
      ),
    );

    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await levelOf(variantId)).toEqual({ onHand: 3, reserved: 0, available: 3 });
  });
});
