import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';

import { callerFor, sessionFor } from '../../../testing/callers.ts';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

const setup = useTwoStoreDatabase();

const operator = () =>
  callerFor(setup.database, {
    app: 'platform',
    session: sessionFor({ ...setup.fixture.operator, isPlatformOperator: true }, null),
  });

describe('platform tenants', () => {
  it('are for operators only', async () => {
    const owner = callerFor(setup.database, {
      app: 'platform',
      session: sessionFor(setup.fixture.storeA.members.owner, setup.fixture.storeA.tenantId),
    });
    await expect(owner.platform.tenants.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      callerFor(setup.database, { app: 'platform' }).platform.tenants.list({}),
    ).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('lists every store with counts, searches and paginates', async () => {
    const all = await operator().platform.tenants.list({ limit: 10 });
    expect(all.items.map((t) => t.slug).sort()).toEqual(['alpha', 'bravo']);
    expect(all.items.find((t) => t.slug === 'alpha')?.counts).toEqual({
      products: 1,
      orders: 1,
      members: 4,
    });
    const search = await operator().platform.tenants.list({ search: 'BRAV' });
    expect(search.items.map((t) => t.slug)).toEqual(['bravo']);
    const first = await operator().platform.tenants.list({ limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await operator().platform.tenants.list({
      limit: 1,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect(second.nextCursor).toBeNull();
  });

  it('creates a store with its owner, subdomain and defaults, audited', async () => {
    const created = await operator().platform.tenants.create({
      name: 'Charlie Crafts',
      slug: 'charlie',
      ownerEmail: 'Maker@Charlie.test',
      ownerName: 'Maker',
    });
    const detail = await operator().platform.tenants.get({ tenantId: created.id });
    expect(detail.domains.map((d) => d.hostname)).toEqual(['charlie.localhost']);
    expect(detail.members.map((m) => [m.user.email, m.role])).toEqual([
      ['maker@charlie.test', 'owner'],
    ]);
    const db = setup.database.forTenant(created.id);
    expect(
      await db.shippingTier.findMany({
        orderBy: { position: 'asc' },
        select: { code: true, multiplierPermille: true },
      }),
    ).toEqual([
      { code: 'standard', multiplierPermille: 1000 },
      { code: 'express', multiplierPermille: 1750 },
      { code: 'premium', multiplierPermille: 2500 },
    ]);
    expect(await db.page.count({ where: { kind: 'home' } })).toBe(1);
    const audit = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'tenant.create', targetId: created.id },
    });
    expect(audit).toMatchObject({ actorType: 'operator', actorId: setup.fixture.operator.userId });
    const storefront = await callerFor(setup.database, {
      app: 'storefront',
      host: 'charlie.localhost',
    }).storefront.store.current();
    expect(storefront.name).toBe('Charlie Crafts');
  });

  it('refuses a taken address and leaves nothing half-created', async () => {
    await expect(
      operator().platform.tenants.create({
        name: 'Copy',
        slug: 'alpha',
        ownerEmail: 'someone-new@copy.test',
        ownerName: 'Copy',
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(
      await unscoped(setup.database).user.count({ where: { email: 'someone-new@copy.test' } }),
    ).toBe(0);
  });

  it('suspends and resumes a store, with the storefront following', async () => {
    const storefront = () =>
      callerFor(setup.database, {
        app: 'storefront',
        host: 'bravo.localhost',
      }).storefront.store.current();
    await operator().platform.tenants.suspend({
      tenantId: setup.fixture.storeB.tenantId,
      reason: 'Chargeback review',
    });
    await expect(storefront()).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(
      operator().platform.tenants.suspend({
        tenantId: setup.fixture.storeB.tenantId,
        reason: 'again',
      }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await operator().platform.tenants.resume({ tenantId: setup.fixture.storeB.tenantId });
    await expect(storefront()).resolves.toMatchObject({ name: 'Bravo Supplies' });
    const actions = await unscoped(setup.database).auditLog.findMany({
      where: { targetId: setup.fixture.storeB.tenantId },
      orderBy: { createdAt: 'asc' },
    });
    expect(actions.map((a) => a.action)).toEqual(['tenant.suspend', 'tenant.resume']);
    expect(actions[0]?.after).toMatchObject({ status: 'suspended', reason: 'Chargeback review' });
  });

  it('answers NOT_FOUND for an unknown store', async () => {
    await expect(operator().platform.tenants.get({ tenantId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(operator().platform.tenants.resume({ tenantId: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
