import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import type { Actor } from '../audit/actor.ts';
import { isDomainError } from '../errors/domain-error.ts';
import { markOrderPaid } from './mark-order-paid.ts';
import { refundOrder } from './refund-order.ts';
import { placeTestOrder } from './testing/place-test-order.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const actor = (): Actor => ({ type: 'user', id: store().members.admin.userId });
const ctx = () => ({ db: db(), tenantId: store().tenantId, actor: actor() });

/** A paid order of one $25.00 shirt plus $5.00 shipping: $30.00 paid. */
async function paidOrder() {
  const order = await placeTestOrder(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
    lines: [{ quantity: 1, onHand: 1000 }],
  });
  await markOrderPaid({ ...ctx(), orderId: order.id });
  return order;
}

const money = async (orderId: string) =>
  db().order.findFirstOrThrow({
    where: { id: orderId },
    select: { status: true, paymentStatus: true, paidTotal: true, refundedTotal: true },
  });

describe('refunds on an order', () => {
  it('refunds part, refuses more than is left with nothing changed, then refunds the rest', async () => {
    const order = await paidOrder();
    const [line] = order.items;
    if (!line) throw new Error('a line expected');
    await refundOrder({
      ...ctx(),
      orderId: order.id,
      items: [{ orderItemId: line.id, amount: 1000 }],
      shipping: 500,
      reason: 'Late delivery',
    });
    expect(await money(order.id)).toEqual({
      status: 'partially_refunded',
      paymentStatus: 'partially_refunded',
      paidTotal: 3000,
      refundedTotal: 1500,
    });

    const refundsBefore = await db().refund.count({ where: { orderId: order.id } });
    await expect(refundOrder({ ...ctx(), orderId: order.id, amount: 1501 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'You can refund at most $15.00',
    });
    expect(await money(order.id)).toMatchObject({ refundedTotal: 1500 });
    expect(await db().refund.count({ where: { orderId: order.id } })).toBe(refundsBefore);

    await refundOrder({ ...ctx(), orderId: order.id, full: true });
    expect(await money(order.id)).toEqual({
      status: 'refunded',
      paymentStatus: 'refunded',
      paidTotal: 3000,
      refundedTotal: 3000,
    });
    await expect(refundOrder({ ...ctx(), orderId: order.id, amount: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Nothing is left to refund on this order',
    });
    const events = await db().domainEvent.findMany({ where: { type: 'refund.recorded' } });
    expect(events.filter((e) => JSON.stringify(e.payload).includes(order.id))).toHaveLength(2);
  });

  it('refuses to refund an unpaid order', async () => {
    const order = await placeTestOrder(db(), {
      tenantId: store().tenantId,
      locationId: store().ids.locationId,
      lines: [{ quantity: 1 }],
    });
    await expect(refundOrder({ ...ctx(), orderId: order.id, amount: 100 })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Nothing is left to refund on this order',
    });
  });

  it('records a retried refund once', async () => {
    const order = await paidOrder();
    const request = {
      ...ctx(),
      orderId: order.id,
      amount: 700,
      idempotencyKey: `retry-${order.id}`,
    };
    const first = await refundOrder(request);
    const second = await refundOrder(request);
    expect(second.id).toBe(first.id);
    expect(await money(order.id)).toMatchObject({ refundedTotal: 700 });
  });

  it('lets only what was paid out when refunds race', async () => {
    const order = await paidOrder();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => refundOrder({ ...ctx(), orderId: order.id, amount: 1200 })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const result of results) {
      if (result.status === 'rejected') {
        expect(isDomainError(result.reason) && result.reason.code).toBe('CONFLICT');
      }
    }
    expect(await money(order.id)).toMatchObject({ refundedTotal: 2400, paidTotal: 3000 });
  });

  it('is held by the database too: a write past the paid total is refused', async () => {
    const order = await paidOrder();
    await expect(
      db().order.update({ where: { id: order.id }, data: { refundedTotal: 3001 } }),
    ).rejects.toThrow(/Order_paid_within_bounds/);
  });

  it('never refunds more than was paid, whatever the sequence of requests (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 2000 }), { maxLength: 6 }),
        async (amounts) => {
          const order = await paidOrder();
          let accepted = 0;
          for (const amount of amounts) {
            try {
              await refundOrder({ ...ctx(), orderId: order.id, amount });
              accepted += amount;
            } catch (error) {
              if (!isDomainError(error) || error.code !== 'CONFLICT') throw error;
              expect(accepted + amount).toBeGreaterThan(3000);
            }
          }
          const after = await money(order.id);
          expect(after.refundedTotal).toBe(accepted);
          expect(after.refundedTotal).toBeLessThanOrEqual(after.paidTotal);
          const rows = await db().refund.aggregate({
            where: { orderId: order.id },
            _sum: { amount: true },
          });
          expect(rows._sum.amount ?? 0).toBe(accepted);
        },
      ),
      { numRuns: 15 },
    );
  });
});
