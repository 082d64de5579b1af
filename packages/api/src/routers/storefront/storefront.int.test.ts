import { describe, expect, it, vi } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';

import { createContext } from '../../context.ts';
import { createCaller } from '../../root.ts';
import { callerFor } from '../../testing/callers.ts';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

const setup = useTwoStoreDatabase();

describe('storefront tenant resolution', () => {
  it('serves each store on its own subdomain', async () => {
    const a = await callerFor(setup.database, {
      app: 'storefront',
      host: 'alpha.localhost:3000',
    }).storefront.store.current();
    const b = await callerFor(setup.database, {
      app: 'storefront',
      host: 'BRAVO.localhost',
    }).storefront.store.current();
    expect(a.name).toBe('Alpha Goods');
    expect(b.name).toBe('Bravo Supplies');
  });

  it("lists only the host's products", async () => {
    const products = await callerFor(setup.database, {
      app: 'storefront',
      host: 'alpha.localhost',
    }).storefront.catalog.listProducts({});
    expect(products.items.map((p) => p.title)).toEqual(['Alpha Goods Product']);
  });

  it('serves a verified custom domain and ignores an unverified one', async () => {
    const db = unscoped(setup.database);
    await db.domain.create({
      data: {
        tenantId: setup.fixture.storeB.tenantId,
        hostname: 'shop.bravo.test',
        kind: 'custom',
        verified: true,
      },
    });
    await db.domain.create({
      data: {
        tenantId: setup.fixture.storeA.tenantId,
        hostname: 'pending.alpha.test',
        kind: 'custom',
        verified: false,
      },
    });
    const custom = await callerFor(setup.database, {
      app: 'storefront',
      host: 'shop.bravo.test',
    }).storefront.store.current();
    expect(custom.name).toBe('Bravo Supplies');
    await expect(
      callerFor(setup.database, {
        app: 'storefront',
        host: 'pending.alpha.test',
      }).storefront.store.current(),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it.each([
    ['nowhere.localhost'],
    ['a.b.localhost'],
    ['bad host!'],
    [''],
    ['x'.repeat(300)],
    ['unknown.example.com'],
  ])('answers NOT_FOUND for the unknown or malformed host %j', async (host) => {
    await expect(
      callerFor(setup.database, { app: 'storefront', host }).storefront.store.current(),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers SERVICE_UNAVAILABLE for a suspended store', async () => {
    const db = unscoped(setup.database);
    await db.tenant.create({
      data: { slug: 'sleepy', name: 'Sleepy Shop', status: 'suspended', suspendedAt: new Date() },
    });
    await expect(
      callerFor(setup.database, {
        app: 'storefront',
        host: 'sleepy.localhost',
      }).storefront.store.current(),
    ).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('serves shoppers even when merchant auth is misconfigured in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('AUTH_PROVIDER', 'local');
    vi.stubEnv('AUTH_SECRET', '');
    try {
      const headers = new Headers({
        host: 'alpha.localhost',
        cookie: 'storeloom_session=whatever',
      });
      const caller = createCaller(
        await createContext({ headers, app: 'storefront', database: setup.database }),
      );
      await expect(caller.storefront.store.current()).resolves.toMatchObject({
        name: 'Alpha Goods',
      });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
