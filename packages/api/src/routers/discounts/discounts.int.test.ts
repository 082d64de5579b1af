import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });

const discountsOfA = () =>
  unscoped(setup.database).discount.findMany({
    where: { tenantId: setup.fixture.storeA.tenantId },
    orderBy: { id: 'asc' },
  });

const auditActions = async () =>
  (
    await unscoped(setup.database).auditLog.findMany({
      where: { tenantId: setup.fixture.storeA.tenantId, targetType: 'Discount' },
    })
  ).map((entry) => entry.action);

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

describe('discounts', () => {
  it('creates a code discount scoped to products, upper-casing the code, audited', async () => {
    const created = await as('admin').discounts.create({
      title: 'Summer',
      method: 'code',
      code: 'summer-15',
      kind: 'percentage',
      value: 1500,
      scope: 'products',
      productIds: [setup.fixture.storeA.ids.productId],
      endsAt: inAWeek(),
    });
    expect(created).toMatchObject({
      code: 'SUMMER-15',
      value: 1500,
      currency: null,
      productIds: [setup.fixture.storeA.ids.productId],
      status: 'active',
      usageCount: 0,
    });
    const fetched = await as('viewer').discounts.get({ discountId: created.id });
    expect(fetched.title).toBe('Summer');
    expect(await auditActions()).toContain('discount.create');
  });

  it('lists with search and status filters', async () => {
    await as('owner').discounts.create({
      title: 'Later',
      method: 'code',
      code: 'LATER',
      kind: 'fixed_amount',
      value: 500,
      startsAt: inAWeek(),
    });
    const scheduled = await as('viewer').discounts.list({ status: 'scheduled' });
    expect(scheduled.discounts.map((d) => d.code)).toEqual(['LATER']);
    const found = await as('viewer').discounts.list({ search: 'alpha' });
    expect(found.discounts.map((d) => d.code)).toEqual(['ALPHA10']);
    const all = await as('viewer').discounts.list({ limit: 2 });
    expect(all.discounts).toHaveLength(2);
    const next = await as('viewer').discounts.list({ limit: 2, cursor: all.nextCursor ?? '' });
    expect(next.discounts.map((d) => d.code)).toEqual(['ALPHA10']);
  });

  it('refuses a code already used in the store, whatever its case', async () => {
    const before = await discountsOfA();
    await expect(
      as('owner').discounts.create({
        title: 'Copy',
        method: 'code',
        code: 'alpha10',
        kind: 'percentage',
        value: 500,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'The code ALPHA10 is already in use' });
    expect(await discountsOfA()).toEqual(before);
  });

  it.each([
    [{ kind: 'percentage', value: 0 }, 'A percentage is between 0.01% and 100%'],
    [{ kind: 'percentage', value: 10_001 }, 'A percentage is between 0.01% and 100%'],
    [
      { kind: 'fixed_amount', value: 500, currency: 'EUR' },
      'Fixed amounts are in the store currency (USD)',
    ],
    [{ kind: 'fixed_amount', value: 12.5 }, 'Use whole basis points or minor units'],
    [{ kind: 'percentage', value: 500, minSubtotal: 99.99 }, 'Amounts are whole minor units'],
    [
      { kind: 'percentage', value: 500, startsAt: inAWeek(), endsAt: new Date() },
      'The end date must be after the start date',
    ],
    [{ kind: 'percentage', value: 500, scope: 'products' }, 'Choose at least one product'],
    [{ kind: 'percentage', value: 500, title: 'x'.repeat(121) }, 'At most 120 characters'],
    [
      { kind: 'percentage', value: 500, method: 'automatic' },
      'Automatic discounts apply without a code',
    ],
  ] as const)('refuses %o with a message and no change', async (overrides, message) => {
    const before = await discountsOfA();
    const error = await as('owner')
      .discounts.create({ title: 'Bad', method: 'code', code: 'BADONE', ...overrides })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect((error as Error).message).toContain(message);
    expect(await discountsOfA()).toEqual(before);
  });

  it("refuses another store's products and categories as not found", async () => {
    const before = await discountsOfA();
    await expect(
      as('owner').discounts.create({
        title: 'Foreign',
        method: 'code',
        code: 'FOREIGN',
        kind: 'percentage',
        value: 500,
        scope: 'categories',
        categoryIds: [setup.fixture.storeB.ids.categoryId],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Category not found' });
    await expect(
      as('owner').discounts.update({ discountId: setup.fixture.storeB.ids.discountId, value: 1 }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await discountsOfA()).toEqual(before);
  });

  it('updates on the merged state: a partial change cannot break the rules', async () => {
    const { discountId } = setup.fixture.storeA.ids;
    await expect(as('owner').discounts.update({ discountId, value: 20_000 })).rejects.toMatchObject(
      { code: 'BAD_REQUEST' },
    );
    const updated = await as('owner').discounts.update({
      discountId,
      kind: 'fixed_amount',
      value: 750,
      usageLimit: 100,
    });
    expect(updated).toMatchObject({
      kind: 'fixed_amount',
      value: 750,
      currency: 'USD',
      usageLimit: 100,
    });
    expect(await auditActions()).toContain('discount.update');
  });

  it('deactivates, deletes only unused discounts, and keeps staff out of writes', async () => {
    await expect(
      as('staff').discounts.deactivate({ discountId: setup.fixture.storeA.ids.discountId }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const used = await as('owner').discounts.create({
      title: 'Used',
      method: 'code',
      code: 'USED',
      kind: 'percentage',
      value: 500,
    });
    await unscoped(setup.database).discountUsage.create({
      data: {
        tenantId: setup.fixture.storeA.tenantId,
        discountId: used.id,
        orderId: setup.fixture.storeA.ids.orderId,
        customerEmail: 'sam@example.com',
        amount: 100,
      },
    });
    await expect(as('owner').discounts.delete({ discountId: used.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'USED has been used; deactivate it instead',
    });
    const deactivated = await as('owner').discounts.deactivate({ discountId: used.id });
    expect(deactivated).toMatchObject({ isActive: false, status: 'inactive' });
    const unused = await as('owner').discounts.create({
      title: 'Unused',
      method: 'automatic',
      kind: 'free_shipping',
    });
    await as('owner').discounts.delete({ discountId: unused.id });
    await expect(as('owner').discounts.get({ discountId: unused.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['discount.deactivate', 'discount.delete']),
    );
  });
});
