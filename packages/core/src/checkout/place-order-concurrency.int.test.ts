import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { applyDiscountCode } from '../cart/apply-discount-code.ts';
import type { Shopper } from '../cart/shopper.ts';
import { isDomainError } from '../errors/domain-error.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { placeOrder } from './place-order.ts';
import { guestWithCart, readyCheckout } from './testing/shopper-checkout.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());

interface Attempt {
  shopper: Shopper;
  checkoutId: string;
}

/** Guests who each carry one unit of the variant through every checkout step. */
async function readyGuests(variantId: string, count: number, code?: string): Promise<Attempt[]> {
  const attempts: Attempt[] = [];
  for (let index = 0; index < count; index += 1) {
    const shopper = await guestWithCart(db(), tenantId(), [{ variantId, quantity: 1 }]);
    if (code) await applyDiscountCode({ db: db(), tenantId: tenantId(), shopper, code });
    const checkoutId = await readyCheckout(db(), tenantId(), shopper, `buyer${index}@example.com`);
    attempts.push({ shopper, checkoutId });
  }
  return attempts;
}

function placeAll(attempts: readonly Attempt[]) {
  return Promise.allSettled(
    attempts.map(({ shopper, checkoutId }) =>
      placeOrder({
        db: db(),
        tenantId: tenantId(),
        checkoutId,
        customer: null,
        cartToken: shopper.cartToken,
      }),
    ),
  );
}

function refusals(results: readonly PromiseSettledResult<unknown>[]) {
  return results.flatMap((result) =>
    result.status === 'rejected' ? [result.reason as unknown] : [],
  );
}

async function traces(checkoutIds: readonly string[]) {
  const sessions = await db().checkoutSession.findMany({ where: { id: { in: [...checkoutIds] } } });
  const cartIds = sessions.map((session) => session.cartId);
  return {
    orders: await db().order.count({ where: { cartId: { in: cartIds } } }),
    completed: sessions.filter((session) => session.status === 'completed').length,
    converted: await db().cart.count({ where: { id: { in: cartIds }, status: 'converted' } }),
    reservations: await db().inventoryReservation.count({ where: { cartId: { in: cartIds } } }),
    usages: await db().discountUsage.count({
      where: { order: { cartId: { in: cartIds } } },
    }),
  };
}

describe('placeOrder under concurrency', () => {
  it('turns 50 parallel checkouts for the last 5 units into exactly 5 orders', async () => {
    const { variantId } = await createStockedVariant(db(), {
      tenantId: tenantId(),
      locationId: storeA().ids.locationId,
      onHand: 5,
    });
    const attempts = await readyGuests(variantId, 50);

    const results = await placeAll(attempts);

    const refused = refusals(results);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(5);
    expect(refused).toHaveLength(45);
    for (const error of refused) {
      expect(isDomainError(error) && error.code).toBe('CONFLICT');
      expect((error as Error).message).toMatch(
        /^(Only \d+ left of|Linen Shirt \(M\) is out of stock)/,
      );
    }
    const level = await db().inventoryLevel.findFirst({ where: { variantId } });
    expect(level).toMatchObject({ onHand: 5, reserved: 5 });
    expect(await traces(attempts.map((attempt) => attempt.checkoutId))).toEqual({
      orders: 5,
      completed: 5,
      converted: 5,
      reservations: 5,
      usages: 0,
    });
  });

  it('gives a one-use code to exactly one of 20 parallel checkouts; the others are refused', async () => {
    await db().discount.create({
      data: {
        tenantId: tenantId(),
        title: 'One use',
        method: 'code',
        code: 'ONEUSE',
        kind: 'percentage',
        value: 2000,
        usageLimit: 1,
      },
    });
    const { variantId } = await createStockedVariant(db(), {
      tenantId: tenantId(),
      locationId: storeA().ids.locationId,
      onHand: 100,
    });
    const attempts = await readyGuests(variantId, 20, 'oneuse');

    const results = await placeAll(attempts);

    const refused = refusals(results);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const error of refused) {
      expect(isDomainError(error) && error.code).toBe('CONFLICT');
      expect((error as Error).message).toContain('ONEUSE');
    }
    const discount = await db().discount.findFirst({ where: { code: 'ONEUSE' } });
    expect(discount?.usageCount).toBe(1);
    expect(await traces(attempts.map((attempt) => attempt.checkoutId))).toEqual({
      orders: 1,
      completed: 1,
      converted: 1,
      reservations: 1,
      usages: 1,
    });
    const order = await db().order.findFirst({
      where: { discountCodes: { has: 'ONEUSE' } },
      select: { discountTotal: true },
    });
    expect(order?.discountTotal).toBe(500);
    expect(await db().inventoryLevel.findFirst({ where: { variantId } })).toMatchObject({
      onHand: 100,
      reserved: 1,
    });
  });
});
