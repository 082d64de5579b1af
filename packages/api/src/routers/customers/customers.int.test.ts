import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const as = (role: 'owner' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  }).customers;

const customerRow = () =>
  setup.database
    .forTenant(setup.fixture.storeA.tenantId)
    .customer.findUniqueOrThrow({ where: { id: setup.fixture.storeA.ids.customerId } });

describe('customers', () => {
  it('lists and shows customers to every role', async () => {
    const { items } = await as('viewer').list({ sort: 'lifetime_value' });
    expect(items).toEqual([
      expect.objectContaining({ email: 'shopper@alpha.test', orderCount: 1, lifetimeValue: 1999 }),
    ]);
    const detail = await as('viewer').get({ customerId: setup.fixture.storeA.ids.customerId });
    expect(detail.stats).toMatchObject({ orderCount: 1, averageOrderValue: 1999 });
  });

  it('lets staff change the note and tags, but not a viewer', async () => {
    const customerId = setup.fixture.storeA.ids.customerId;
    await expect(as('viewer').update({ customerId, note: 'Hi' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await as('staff').update({ customerId, tags: ['vip'] })).toMatchObject({
      tags: ['vip'],
    });
  });

  it.each([
    ['a note over 5000 characters', { note: 'x'.repeat(5001) }],
    ['a tag over 40 characters', { tags: ['x'.repeat(41)] }],
    ['more than 50 tags', { tags: Array.from({ length: 51 }, (_, i) => `tag${String(i)}`) }],
    ['nothing to change', {}],
  ])('refuses %s with BAD_REQUEST and changes nothing', async (_label, change) => {
    const before = await customerRow();
    const update = as('owner').update({
      customerId: setup.fixture.storeA.ids.customerId,
      ...change,
    });
    await expect(update).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(update).rejects.toThrow(/\w/);
    expect(await customerRow()).toEqual(before);
  });

  it('refuses a search text over 200 characters and a malformed cursor', async () => {
    await expect(as('owner').list({ q: 'x'.repeat(201) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(as('owner').list({ cursor: 'not a cursor' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'This page link is malformed. Start again from the first page.',
    });
  });
});
