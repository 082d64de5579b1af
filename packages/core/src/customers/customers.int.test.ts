import { beforeAll, describe, expect, it } from 'vitest';

import type { OrderStatus } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';
import type { CustomerListSort } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { getCustomer } from './get-customer.ts';
import { listCustomers } from './list-customers.ts';
import { updateCustomer } from './update-customer.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
const owner = (): Actor => ({ type: 'user', id: store().members.owner.userId });

/**
 * Store A's customers: the fixture's shopper (one delivered order of 1999) and three more.
 * Ann: 10000 and 5000 (2000 refunded) plus a cancelled 3000 → 2 orders, lifetime value 13000.
 * Bob: 20000 → 1 order, 20000. Cat: no orders.
 */
const ids = { ann: '', bob: '', cat: '' };
let orderNumber = 200;

async function order(
  customerId: string,
  total: number,
  placedAt: string,
  status: OrderStatus = 'delivered',
  refundedTotal = 0,
) {
  orderNumber += 1;
  await db().order.create({
    data: {
      tenantId: store().tenantId,
      number: orderNumber,
      customerId,
      email: 'x@example.com',
      currency: 'USD',
      status,
      subtotal: total,
      total,
      paidTotal: total,
      refundedTotal,
      placedAt: new Date(placedAt),
    },
  });
}

beforeAll(async () => {
  const tenantId = store().tenantId;
  const customer = (email: string, firstName: string, lastName: string, createdAt: string) =>
    db().customer.create({
      data: { tenantId, email, firstName, lastName, createdAt: new Date(createdAt) },
    });
  ids.ann = (await customer('ann@example.com', 'Ann', 'Smith', '2026-02-01T00:00:00Z')).id;
  ids.bob = (await customer('bob@example.com', 'Bob', 'Jones', '2026-03-01T00:00:00Z')).id;
  ids.cat = (await customer('cat@example.org', 'Cat', 'Smithers', '2026-04-01T00:00:00Z')).id;
  await db().customerAddress.create({
    data: {
      tenantId,
      customerId: ids.ann,
      firstName: 'Ann',
      lastName: 'Smith',
      line1: '2 High St',
      city: 'Springfield',
      postalCode: '62701',
      country: 'US',
    },
  });
  await order(ids.ann, 10000, '2026-05-01T10:00:00Z');
  await order(ids.ann, 5000, '2026-06-01T10:00:00Z', 'partially_refunded', 2000);
  await order(ids.ann, 3000, '2026-07-01T10:00:00Z', 'cancelled');
  await order(ids.bob, 20000, '2026-05-15T10:00:00Z');
});

const list = (
  sort: CustomerListSort,
  extra: { q?: string; cursor?: string; limit?: number } = {},
) => listCustomers({ db: db(), tenantId: store().tenantId, sort, limit: 25, ...extra });

describe('the merchant customer list', () => {
  it('computes order count, lifetime value and last order per customer', async () => {
    const { items, currency } = await list('lifetime_value');
    expect(currency).toBe('USD');
    expect(items.map((c) => [c.email, c.orderCount, c.lifetimeValue])).toEqual([
      ['bob@example.com', 1, 20000],
      ['ann@example.com', 2, 13000],
      ['shopper@alpha.test', 1, 1999],
      ['cat@example.org', 0, 0],
    ]);
    const ann = items.find((c) => c.id === ids.ann);
    // The cancelled July order is not a purchase.
    expect(ann).toMatchObject({ name: 'Ann Smith', lastOrderAt: new Date('2026-06-01T10:00:00Z') });
    expect(items.find((c) => c.id === ids.cat)?.lastOrderAt).toBeNull();
  });

  it('sorts by order count and by newest account', async () => {
    const byCount = (await list('order_count')).items.map((c) => c.email);
    expect(byCount[0]).toBe('ann@example.com');
    expect(byCount.at(-1)).toBe('cat@example.org');
    const newest = (await list('newest')).items.map((c) => c.email);
    // The fixture's shopper was created when the test started, after the hand-dated accounts.
    expect(newest).toEqual([
      'shopper@alpha.test',
      'cat@example.org',
      'bob@example.com',
      'ann@example.com',
    ]);
  });

  it('searches email and name, case-insensitively, with wildcards taken literally', async () => {
    expect((await list('newest', { q: 'SMITH' })).items.map((c) => c.email)).toEqual([
      'cat@example.org',
      'ann@example.com',
    ]);
    expect((await list('newest', { q: 'example.org' })).items.map((c) => c.email)).toEqual([
      'cat@example.org',
    ]);
    expect((await list('newest', { q: 'ann smith' })).items.map((c) => c.email)).toEqual([
      'ann@example.com',
    ]);
    expect((await list('newest', { q: '%' })).items).toEqual([]);
  });

  it.each<CustomerListSort>(['newest', 'lifetime_value', 'order_count'])(
    'pages by %s through every customer once',
    async (sort) => {
      const all = (await list(sort)).items.map((c) => c.id);
      const paged: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await list(sort, { limit: 1, ...(cursor ? { cursor } : {}) });
        paged.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(paged).toEqual(all);
    },
  );

  it('refuses a malformed cursor, and ends the list after a customer it cannot see', async () => {
    await expect(list('newest', { cursor: 'k.garbage' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const foreign = await list('newest', { cursor: setup.fixture.storeB.ids.customerId });
    expect(foreign.items).toEqual([]);
    const all = (await list('lifetime_value')).items.map((c) => c.id);
    const after = await list('lifetime_value', { cursor: all[0] ?? '' });
    expect(after.items.map((c) => c.id)).toEqual(all.slice(1));
  });
});

describe('a customer in detail', () => {
  it('has the profile, addresses, recent orders and figures', async () => {
    const ann = await getCustomer({ db: db(), tenantId: store().tenantId, customerId: ids.ann });
    expect(ann).toMatchObject({ email: 'ann@example.com', name: 'Ann Smith' });
    expect(ann.addresses.map((a) => a.line1)).toEqual(['2 High St']);
    expect(ann.recentOrders.map((o) => [o.total, o.status])).toEqual([
      [3000, 'cancelled'],
      [5000, 'partially_refunded'],
      [10000, 'delivered'],
    ]);
    expect(ann.stats).toEqual({
      orderCount: 2,
      lifetimeValue: 13000,
      averageOrderValue: 6500,
      firstOrderAt: new Date('2026-05-01T10:00:00Z'),
      lastOrderAt: new Date('2026-06-01T10:00:00Z'),
      currency: 'USD',
    });
    const cat = await getCustomer({ db: db(), tenantId: store().tenantId, customerId: ids.cat });
    expect(cat.stats).toMatchObject({ orderCount: 0, lifetimeValue: 0, averageOrderValue: 0 });
  });

  it("is NOT_FOUND for another store's customer", async () => {
    await expect(
      getCustomer({
        db: db(),
        tenantId: store().tenantId,
        customerId: setup.fixture.storeB.ids.customerId,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Customer not found' });
  });
});

describe("the merchant's note and tags", () => {
  it('are updated with tags tidied, and audited with before and after', async () => {
    const updated = await updateCustomer({
      db: db(),
      tenantId: store().tenantId,
      actor: owner(),
      customerId: ids.bob,
      note: '  Prefers phone calls ',
      tags: ['VIP', ' vip ', 'wholesale'],
    });
    expect(updated).toEqual({
      id: ids.bob,
      note: 'Prefers phone calls',
      tags: ['VIP', 'wholesale'],
    });
    const entry = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'customer.update', targetId: ids.bob },
    });
    expect(entry).toMatchObject({
      tenantId: store().tenantId,
      actorId: owner().id,
      before: { note: null, tags: [] },
      after: { note: 'Prefers phone calls', tags: ['VIP', 'wholesale'] },
    });
    const cleared = await updateCustomer({
      db: db(),
      tenantId: store().tenantId,
      actor: owner(),
      customerId: ids.bob,
      note: null,
    });
    expect(cleared).toEqual({ id: ids.bob, note: null, tags: ['VIP', 'wholesale'] });
  });

  it('refuses an empty change and an unknown customer, changing nothing', async () => {
    const before = await db().customer.findUniqueOrThrow({ where: { id: ids.cat } });
    await expect(
      updateCustomer({ db: db(), tenantId: store().tenantId, actor: owner(), customerId: ids.cat }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      updateCustomer({
        db: db(),
        tenantId: store().tenantId,
        actor: owner(),
        customerId: setup.fixture.storeB.ids.customerId,
        note: 'Not yours',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db().customer.findUniqueOrThrow({ where: { id: ids.cat } })).toEqual(before);
    const otherStore = await unscoped(setup.database).customer.findUniqueOrThrow({
      where: { id: setup.fixture.storeB.ids.customerId },
    });
    expect(otherStore.note).toBeNull();
  });
});
