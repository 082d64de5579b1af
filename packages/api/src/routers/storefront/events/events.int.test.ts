import { createHash, randomUUID } from 'node:crypto';

import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { usAddress } from '@storeloom/core/checkout/testing/shopper-checkout';
import { createDatabase, type Database, type StorefrontEventType } from '@storeloom/db';
import { createTestDatabase, type TestDatabase } from '@storeloom/db/testing';
import { createTwoStoreFixture, type TwoStoreFixture } from '@storeloom/testing';

import { requestFor } from '../../../testing/callers.ts';

let testDb: TestDatabase;
let database: Database;
let fixture: TwoStoreFixture;
/** A superuser connection: it installs triggers that make event inserts wait or fail. */
let admin: pg.Client;

beforeAll(async () => {
  testDb = await createTestDatabase();
  database = createDatabase({ url: testDb.appUrl });
  fixture = await createTwoStoreFixture(database);
  admin = new pg.Client({ connectionString: testDb.adminUrl });
  await admin.connect();
});

afterAll(async () => {
  await admin.end();
  await database.disconnect();
  await testDb.drop();
});

const storeA = () => fixture.storeA;
const dbA = () => database.forTenant(storeA().tenantId);

/** A fresh visitor per test, so each test reads only its own events. */
const newVisitor = () => `visitor-${randomUUID()}`;

function shopperAt(cookies: Record<string, string>) {
  return requestFor(database, { app: 'storefront', host: storeA().host, cookies });
}

function cartCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('storeloom_cart='));
  return decodeURIComponent(cookie?.split(';')[0]?.split('=')[1] ?? '');
}

function eventsOf(sessionId: string, type?: StorefrontEventType) {
  return dbA().storefrontEvent.findMany({
    where: { sessionId, ...(type === undefined ? {} : { type }) },
    orderBy: { occurredAt: 'asc' },
  });
}

/** Inserts wait while this test holds the lock, or fail outright, until the trigger is dropped. */
async function installEventTrigger(body: string) {
  await admin.query(`
    CREATE OR REPLACE FUNCTION test_storefront_event_gate() RETURNS trigger AS $$
    BEGIN ${body} RETURN NEW; END $$ LANGUAGE plpgsql`);
  await admin.query(`
    CREATE TRIGGER test_storefront_event_gate BEFORE INSERT ON "StorefrontEvent"
    FOR EACH ROW EXECUTE FUNCTION test_storefront_event_gate()`);
}

afterEach(async () => {
  await admin.query('DROP TRIGGER IF EXISTS test_storefront_event_gate ON "StorefrontEvent"');
  vi.restoreAllMocks();
});

async function checkoutReady(caller: ReturnType<typeof shopperAt>['caller']) {
  const { checkoutId } = await caller.storefront.checkout.start();
  await caller.storefront.checkout.setContact({ checkoutId, email: 'events@example.com' });
  await caller.storefront.checkout.setShippingAddress({ checkoutId, address: usAddress });
  await caller.storefront.checkout.setShippingTier({ checkoutId, tierCode: 'standard' });
  await caller.storefront.checkout.setBillingAddress({ checkoutId, sameAsShipping: true });
  return caller.storefront.checkout.setPaymentMethod({ checkoutId, provider: 'manual' });
}

describe('storefront events from the cart and checkout', () => {
  it('records add to cart with the product, the value and the visit', async () => {
    const visitor = newVisitor();
    const { caller } = shopperAt({ storeloom_visitor: visitor });
    await caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 2 });
    await expect
      .poll(() => eventsOf(visitor))
      .toEqual([
        expect.objectContaining({
          type: 'add_to_cart',
          productId: storeA().ids.productId,
          variantId: storeA().ids.variantId,
          value: 2 * 1999,
          customerId: null,
          metadata: { quantity: 2 },
        }),
      ]);
  });

  it("ties a signed-in shopper's events to their account", async () => {
    const visitor = newVisitor();
    const { caller } = shopperAt({
      storeloom_visitor: visitor,
      storeloom_customer: storeA().shopper.sessionToken,
    });
    await caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
    await expect
      .poll(() => eventsOf(visitor))
      .toEqual([expect.objectContaining({ customerId: storeA().shopper.customerId })]);
  });

  it('records checkout started and one purchase with the order total', async () => {
    const visitor = newVisitor();
    const first = shopperAt({ storeloom_visitor: visitor });
    await first.caller.storefront.cart.addLine({ variantId: storeA().ids.variantId, quantity: 1 });
    const { caller } = shopperAt({
      storeloom_visitor: visitor,
      storeloom_cart: cartCookie(first.resHeaders),
    });
    const ready = await checkoutReady(caller);
    const placed = await caller.storefront.checkout.placeOrder({ checkoutId: ready.checkoutId });
    await caller.storefront.checkout.placeOrder({ checkoutId: ready.checkoutId });

    await expect.poll(() => eventsOf(visitor, 'purchase')).toHaveLength(1);
    const [purchase] = await eventsOf(visitor, 'purchase');
    expect(purchase).toMatchObject({ orderId: placed.orderId, value: placed.total });
    const started = await eventsOf(visitor, 'checkout_started');
    expect(started[0]).toMatchObject({ metadata: { checkoutId: ready.checkoutId } });
    // Every step started the same checkout once: only `start` records it.
    expect(started).toHaveLength(1);
  });
});

describe('storefront events never hold up or break the response', () => {
  it('answers add to cart while the event insert is still waiting', async () => {
    await installEventTrigger('PERFORM pg_advisory_xact_lock_shared(4242);');
    const visitor = newVisitor();
    const { caller } = shopperAt({ storeloom_visitor: visitor });
    await admin.query('BEGIN');
    await admin.query('SELECT pg_advisory_xact_lock(4242)');
    try {
      // Were the insert awaited, this call could not return before the lock is released.
      const cart = await caller.storefront.cart.addLine({
        variantId: storeA().ids.variantId,
        quantity: 1,
      });
      expect(cart.lines).toHaveLength(1);
      expect(await eventsOf(visitor)).toEqual([]);
    } finally {
      await admin.query('COMMIT');
    }
    await expect.poll(() => eventsOf(visitor)).toHaveLength(1);
  });

  it('answers normally and logs when the insert fails', async () => {
    await installEventTrigger(`RAISE EXCEPTION 'storefront events are down';`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const visitor = newVisitor();
    const first = shopperAt({ storeloom_visitor: visitor });
    const cart = await first.caller.storefront.cart.addLine({
      variantId: storeA().ids.variantId,
      quantity: 1,
    });
    expect(cart.lines).toHaveLength(1);
    const { caller } = shopperAt({
      storeloom_visitor: visitor,
      storeloom_cart: cartCookie(first.resHeaders),
    });
    const ready = await checkoutReady(caller);
    const placed = await caller.storefront.checkout.placeOrder({ checkoutId: ready.checkoutId });
    expect(placed).toMatchObject({ created: true, total: ready.summary.total });

    const messages = () => logged.mock.calls.map((call) => String(call[0]));
    await expect
      .poll(messages)
      .toEqual(
        expect.arrayContaining([
          expect.stringContaining('[events] add_to_cart not recorded'),
          expect.stringContaining('[events] checkout_started not recorded'),
          expect.stringContaining('[events] purchase not recorded'),
        ]),
      );
    expect(await eventsOf(visitor)).toEqual([]);
  });
});

describe('storefront.events.record', () => {
  it('records a product view with the path and where the visitor came from', async () => {
    const visitor = newVisitor();
    const { caller } = shopperAt({ storeloom_visitor: visitor });
    await caller.storefront.events.record({
      type: 'product_view',
      productId: storeA().ids.productId,
      variantId: storeA().ids.variantId,
      url: `http://${storeA().host}/products/product?variant=${storeA().ids.variantId}`,
      referrer: 'https://www.example.com/results?q=private#top',
    });
    expect(await eventsOf(visitor)).toEqual([
      expect.objectContaining({
        type: 'product_view',
        productId: storeA().ids.productId,
        variantId: storeA().ids.variantId,
        path: `/products/product?variant=${storeA().ids.variantId}`,
        referrer: 'https://www.example.com/results',
      }),
    ]);
  });

  it("refuses another store's product or variant, and a product not on sale", async () => {
    const visitor = newVisitor();
    const { caller } = shopperAt({ storeloom_visitor: visitor });
    const draft = await dbA().product.create({
      data: { tenantId: storeA().tenantId, title: 'Draft', slug: 'draft-events', status: 'draft' },
    });
    const { storeB } = fixture;
    for (const input of [
      { productId: storeB.ids.productId },
      { productId: storeA().ids.productId, variantId: storeB.ids.variantId },
      { productId: draft.id },
    ]) {
      await expect(
        caller.storefront.events.record({ type: 'product_view', ...input }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await eventsOf(visitor)).toEqual([]);
  });

  it('refuses a product view without a product and a search without text', async () => {
    const { caller } = shopperAt({ storeloom_visitor: newVisitor() });
    const withoutProduct = caller.storefront.events.record({ type: 'product_view' });
    await expect(withoutProduct).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(withoutProduct).rejects.toThrow('A product view names its product');
    await expect(
      caller.storefront.events.record({ type: 'search', query: '  ' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('falls back to the cart, then to the request, without a usable visitor cookie', async () => {
    const cartToken = 'events-cart-token';
    const hashed = `cart:${createHash('sha256').update(cartToken).digest('hex').slice(0, 32)}`;
    const withoutVisitor: Record<string, string>[] = [
      { storeloom_cart: cartToken },
      { storeloom_cart: cartToken, storeloom_visitor: 'bad id!' },
    ];
    for (const cookies of withoutVisitor) {
      await shopperAt(cookies).caller.storefront.events.record({ type: 'search', query: 'mug' });
    }
    expect(await eventsOf(hashed, 'search')).toEqual([
      expect.objectContaining({ metadata: { query: 'mug' } }),
      expect.objectContaining({ metadata: { query: 'mug' } }),
    ]);
    await shopperAt({}).caller.storefront.events.record({ type: 'page_view' });
    const pageViews = await dbA().storefrontEvent.findMany({ where: { type: 'page_view' } });
    expect(pageViews.map((event) => event.sessionId)).toEqual([expect.stringMatching(/^request:/)]);
  });
});
