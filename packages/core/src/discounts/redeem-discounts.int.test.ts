import { describe, expect, it } from 'vitest';

import type { TenantTransaction } from '@storeloom/db';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { isDomainError } from '../errors/domain-error.ts';
import type { AppliedDiscount } from '../pricing/priced-checkout.ts';
import { redeemDiscounts } from './redeem-discounts.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
// 20 transactions share a pool of 10 connections: let them queue for a connection.
const queueing = { maxWait: 60_000, timeout: 60_000 };

let orderNumber = 20_000;

async function createOrder(tx: TenantTransaction, email: string) {
  orderNumber += 1;
  const order = await tx.order.create({
    data: {
      tenantId: store().tenantId,
      number: orderNumber,
      email,
      currency: 'USD',
      subtotal: 1999,
      total: 1799,
    },
  });
  return order.id;
}

async function createCode(
  code: string,
  limits: { usageLimit?: number; perCustomerLimit?: number },
) {
  const discount = await db().discount.create({
    data: {
      tenantId: store().tenantId,
      title: code,
      method: 'code',
      code,
      kind: 'percentage',
      value: 1000,
      ...limits,
    },
  });
  const applied: AppliedDiscount = {
    discountId: discount.id,
    code,
    title: code,
    kind: 'percentage',
    amount: 200,
  };
  return { discount, applied };
}

/** Places an order and redeems its discounts in one transaction, as checkout does. */
function placeWith(applied: AppliedDiscount, email: string) {
  return db().$transaction(async (tx) => {
    const orderId = await createOrder(tx, email);
    await redeemDiscounts(tx, {
      tenantId: store().tenantId,
      orderId,
      applied: [applied],
      customer: { id: null, email },
    });
    return orderId;
  }, queueing);
}

describe('redeemDiscounts', () => {
  it('lets exactly one of 20 parallel orders use a one-use code', async () => {
    const { discount, applied } = await createCode('ONEUSE', { usageLimit: 1 });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) => placeWith(applied, `buyer${index}@example.com`)),
    );
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const error of refused) {
      expect(isDomainError(error) && error.code).toBe('CONFLICT');
      expect(error).toMatchObject({ message: 'The code ONEUSE has reached its usage limit' });
    }
    const after = await db().discount.findUniqueOrThrow({ where: { id: discount.id } });
    expect(after.usageCount).toBe(1);
    expect(await db().discountUsage.count({ where: { discountId: discount.id } })).toBe(1);
  });

  it('counts an order once however often it is redeemed', async () => {
    const { discount, applied } = await createCode('TWICE', {});
    await db().$transaction(async (tx) => {
      const orderId = await createOrder(tx, 'sam@example.com');
      const input = {
        tenantId: store().tenantId,
        orderId,
        applied: [applied, applied],
        customer: { id: null, email: 'sam@example.com' },
      };
      await redeemDiscounts(tx, input);
      await redeemDiscounts(tx, input);
    });
    const after = await db().discount.findUniqueOrThrow({ where: { id: discount.id } });
    expect(after.usageCount).toBe(1);
    expect(await db().discountUsage.count({ where: { discountId: discount.id } })).toBe(1);
  });

  it('refuses a second use by the same email, and rolls back the count with the order', async () => {
    const { discount, applied } = await createCode('PERSON1', { perCustomerLimit: 1 });
    await placeWith(applied, 'sam@example.com');
    await expect(placeWith(applied, 'SAM@example.com')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'The code PERSON1 has reached its usage limit',
    });
    await placeWith(applied, 'alex@example.com');
    const after = await db().discount.findUniqueOrThrow({ where: { id: discount.id } });
    expect(after.usageCount).toBe(2);
  });

  it("answers NOT_FOUND for another store's discount and changes nothing there", async () => {
    const foreign = setup.fixture.storeB.ids.discountId;
    await expect(
      placeWith(
        { discountId: foreign, code: 'BRAVO10', title: 'Welcome', kind: 'percentage', amount: 1 },
        'sam@example.com',
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const bravo = setup.database.forTenant(setup.fixture.storeB.tenantId);
    const untouched = await bravo.discount.findUniqueOrThrow({ where: { id: foreign } });
    expect(untouched.usageCount).toBe(0);
  });
});
