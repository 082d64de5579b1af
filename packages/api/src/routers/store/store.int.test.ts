import { describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';

import { callerFor, sessionFor } from '../../testing/callers.ts';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'admin' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });

describe('store', () => {
  it('needs a session', async () => {
    await expect(callerFor(setup.database).store.get()).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
  });

  it('gives members their store with its domains', async () => {
    const store = await as('viewer').store.get();
    expect(store).toMatchObject({
      id: setup.fixture.storeA.tenantId,
      name: 'Alpha Goods',
      currency: 'USD',
    });
    expect(store.domains.map((d) => d.hostname)).toEqual(['alpha.localhost']);
  });

  it('updates settings and audits before and after with the request id', async () => {
    const caller = as('admin');
    const updated = await caller.store.updateSettings({
      name: 'Alpha Goods Co.',
      currency: 'eur',
      theme: { accentColor: '#0f766e' },
    });
    expect(updated).toMatchObject({
      name: 'Alpha Goods Co.',
      currency: 'EUR',
      theme: { accentColor: '#0f766e' },
    });
    const entry = await unscoped(setup.database).auditLog.findFirst({
      where: { action: 'store.settings.update' },
    });
    expect(entry?.before).toMatchObject({ name: 'Alpha Goods', currency: 'USD' });
    expect(entry?.after).toMatchObject({ name: 'Alpha Goods Co.', currency: 'EUR' });
    expect(entry?.requestId).toBeTruthy();
    expect(entry?.actorId).toBe(setup.fixture.storeA.members.admin.userId);
  });

  it('refuses settings changes to staff and viewers', async () => {
    await expect(as('staff').store.updateSettings({ name: 'Nope' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(as('viewer').store.updateSettings({ name: 'Nope' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('rejects an empty update with a message and changes nothing', async () => {
    await expect(as('owner').store.updateSettings({})).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect((await as('owner').store.get()).name).toBe('Alpha Goods Co.');
  });

  it('summarises the last 30 days', async () => {
    const overview = await as('owner').store.overview();
    expect(overview).toMatchObject({
      orderCount: 1,
      revenue: 1999,
      productCount: 1,
      customerCount: 1,
    });
    expect(overview.recentOrders).toHaveLength(1);
  });

  it('locks members out of a suspended store', async () => {
    await unscoped(setup.database).tenant.update({
      where: { id: setup.fixture.storeB.tenantId },
      data: { status: 'suspended' },
    });
    const caller = callerFor(setup.database, {
      session: sessionFor(setup.fixture.storeB.members.owner, setup.fixture.storeB.tenantId),
    });
    await expect(caller.store.get()).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
