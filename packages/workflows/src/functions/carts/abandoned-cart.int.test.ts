import {
  activityWindowEnd,
  addCartLine,
  placeOrder,
  readEncryptionKeyRing,
  setCheckoutBillingAddress,
  setCheckoutContact,
  setCheckoutPaymentMethod,
  setCheckoutShippingAddress,
  setCheckoutShippingTier,
  startCheckout,
  type Shopper,
} from '@storeloom/core';
import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { createStockedVariant } from '@storeloom/core/inventory/testing/create-stocked-variant';
import { unscoped } from '@storeloom/db/unscoped';
import { createOutboxTransport } from '@storeloom/email';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';

import { startLocalRunner, type LocalRunner } from '../../local-runner/start-local-runner.ts';
import { waitFor } from '../../testing/wait-for.ts';
import type { ResolveDependencies } from '../../workflow-dependencies.ts';
import { abandonedCartFunctionId, createAbandonedCartFunction } from './abandoned-cart.ts';

const ctx = useTwoStoreDatabase();
const store = () => ctx.fixture.storeA;
const tenantId = () => store().tenantId;
const db = () => ctx.database.forTenant(tenantId());

const HOUR = 3_600_000;
/** The runner's clock: moved forward instead of sleeping. */
let clock = new Date();
const later = (ms: number) => new Date(clock.getTime() + ms);

const resolve: ResolveDependencies = () => ({
  database: ctx.database,
  email: createOutboxTransport(),
  payments: { keys: readEncryptionKeyRing({ NODE_ENV: 'test' }) },
  now: () => clock,
});

let runner: LocalRunner | undefined;
afterEach(async () => {
  await runner?.stop();
  runner = undefined;
});

const startRunner = () => {
  runner = startLocalRunner({
    functions: [createAbandonedCartFunction(resolve)],
    db: ctx.database,
    pollIntervalMs: 25,
    clock: () => clock,
  });
  return runner;
};

/** Moves the runner's clock to `to` and lets it act on what fell due. */
function moveClock(to: Date) {
  clock = to;
  runner?.wake();
}

/** A guest who put a shirt in a new cart at `now` and gave their email at checkout. */
async function guestAtCheckout(email: string, now: Date) {
  const { variantId } = await createStockedVariant(db(), {
    tenantId: tenantId(),
    locationId: store().ids.locationId,
    onHand: 10,
  });
  const added = await addCartLine({
    db: db(),
    tenantId: tenantId(),
    shopper: { cartToken: null, customer: null },
    variantId,
    quantity: 2,
    now,
  });
  const shopper: Shopper = { cartToken: added.cartToken, customer: null };
  const cartId = added.cart.cartId ?? '';
  const { checkoutId } = await startCheckout({ db: db(), tenantId: tenantId(), shopper, now });
  const command = { db: db(), tenantId: tenantId(), shopper, checkoutId, now };
  await setCheckoutContact({ ...command, email });
  return { shopper, cartId, checkoutId, variantId, command };
}

const runsOf = (cartId: string) =>
  unscoped(ctx.database).workflowRun.findMany({
    where: {
      functionId: abandonedCartFunctionId,
      event: { path: ['data', 'cartId'], equals: cartId },
    },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
  });

/** Waits until the cart has `count` runs, each in one of `statuses` (in order). */
const runsReach = (cartId: string, statuses: string[]) =>
  waitFor(
    async () => {
      const runs = await runsOf(cartId);
      const reached =
        runs.length === statuses.length && runs.every((run, i) => run.status === statuses[i]);
      return reached ? runs : undefined;
    },
    { what: `runs of cart ${cartId}: ${statuses.join(', ')}`, timeoutMs: 30_000 },
  );

const reminders = (to: string) =>
  db().emailOutbox.findMany({
    where: { templateKey: 'abandoned_cart', to },
    orderBy: { createdAt: 'asc' },
  });

const reminderCount = async (to: string) => (await reminders(to)).length;

describe('abandoned-cart through the local runner, on a moved clock', () => {
  it('sends a reminder after an hour idle and another after a day, linking back to the cart', async () => {
    clock = new Date();
    const start = clock;
    const { cartId } = await guestAtCheckout('idle@example.com', start);
    startRunner();
    const [waiting] = await runsReach(cartId, ['waiting']);
    // Idle counts from the end of the activity's window: later clicks in it were not announced.
    const quiet = activityWindowEnd(start).getTime();
    expect(waiting).toMatchObject({
      waitingForEvent: 'order/placed',
      waitTimeoutAt: new Date(quiet + HOUR),
    });
    expect(await reminderCount('idle@example.com')).toBe(0);

    moveClock(new Date(quiet + HOUR + 1_000));
    await waitFor(async () => ((await reminderCount('idle@example.com')) === 1 ? true : undefined));
    await runsReach(cartId, ['waiting']);
    const [first] = await reminders('idle@example.com');
    expect(first).toMatchObject({ status: 'sent' });
    expect(first?.html).toContain(`http://${store().host}/cart`);
    expect(first?.html).toContain('Linen Shirt (M)');

    moveClock(new Date(quiet + 24 * HOUR + 1_000));
    const [run] = await runsReach(cartId, ['completed']);
    expect(await reminderCount('idle@example.com')).toBe(2);
    expect(run?.result).toMatchObject({ first: { status: 'sent' }, second: { status: 'sent' } });
  });

  it('sends nothing when the shopper buys within the hour', async () => {
    clock = new Date();
    const start = clock;
    const { shopper, checkoutId, command } = await guestAtCheckout('buyer@example.com', start);
    startRunner();
    const { cartId } = await db().checkoutSession.findFirstOrThrow({ where: { id: checkoutId } });
    await runsReach(cartId, ['waiting']);

    moveClock(later(10 * 60_000));
    await setCheckoutShippingAddress({ ...command, now: clock, address: usAddress });
    await setCheckoutShippingTier({ ...command, now: clock, tierCode: 'standard' });
    await setCheckoutBillingAddress({ ...command, now: clock, sameAsShipping: true });
    await setCheckoutPaymentMethod({ ...command, now: clock, provider: 'manual' });
    // The checkout steps ten minutes on fell in a later window and announced themselves too.
    await runsReach(cartId, ['waiting', 'waiting']);
    const placed = await placeOrder({
      db: db(),
      tenantId: tenantId(),
      checkoutId,
      customer: null,
      cartToken: shopper.cartToken,
      now: clock,
    });

    const runs = await runsReach(cartId, ['completed', 'completed']);
    for (const run of runs) {
      expect(run.result).toEqual({ first: { status: 'purchased', orderId: placed.orderId } });
    }
    expect(await reminderCount('buyer@example.com')).toBe(0);
  });

  it('leaves the cart to the run of its newer activity', async () => {
    clock = new Date();
    const start = clock;
    const { shopper, cartId, variantId } = await guestAtCheckout('browser@example.com', start);
    // More changes in the same window are not announced again.
    await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper,
      variantId,
      quantity: 1,
      now: start,
    });
    const announced = () =>
      db().domainEvent.count({
        where: { type: 'cart.activity', payload: { path: ['cartId'], equals: cartId } },
      });
    expect(await announced()).toBe(1);

    const back = later(30 * 60_000);
    await addCartLine({
      db: db(),
      tenantId: tenantId(),
      shopper,
      variantId,
      quantity: 1,
      now: back,
    });
    expect(await announced()).toBe(2);
    startRunner();
    await runsReach(cartId, ['waiting', 'waiting']);

    // An hour after the first activity the older run finds newer activity and leaves.
    moveClock(new Date(activityWindowEnd(start).getTime() + HOUR + 1_000));
    const [older] = await runsReach(cartId, ['completed', 'waiting']);
    expect(older?.result).toEqual({ first: { status: 'not_needed', reason: 'newer_activity' } });
    expect(await reminderCount('browser@example.com')).toBe(0);

    // An hour after the newer activity, its run reminds the shopper.
    moveClock(new Date(activityWindowEnd(back).getTime() + HOUR + 1_000));
    await waitFor(async () =>
      (await reminderCount('browser@example.com')) === 1 ? true : undefined,
    );
    const [email] = await reminders('browser@example.com');
    expect(email?.text).toMatch(/Linen Shirt \(M\)/);
  });
});
