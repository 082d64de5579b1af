import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createDatabase, type Database } from '../database.ts';
import { createTestDatabase, type TestDatabase } from '../testing/index.ts';
import { unscoped } from '../unscoped.ts';
import { TenantScopeViolationError } from './errors.ts';

// The first wall, tested on its own: the scoping extension over a SUPERUSER connection, which
// bypasses every RLS policy. Only the injected tenantId keeps the stores apart here.
let testDb: TestDatabase;
let superuser: Database;
let appRole: Database;
let storeA: string;
let storeB: string;
let productA: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  superuser = createDatabase({ url: testDb.adminUrl });
  appRole = createDatabase({ url: testDb.appUrl });
  const db = unscoped(appRole);
  const a = await db.tenant.create({ data: { slug: 'scope-a', name: 'A' } });
  const b = await db.tenant.create({ data: { slug: 'scope-b', name: 'B' } });
  storeA = a.id;
  storeB = b.id;
  productA = (
    await db.product.create({ data: { tenantId: storeA, title: 'A product', slug: 'a' } })
  ).id;
  await db.product.create({ data: { tenantId: storeB, title: 'B product', slug: 'b' } });
});

afterAll(async () => {
  await Promise.all([superuser.disconnect(), appRole.disconnect()]);
  await testDb.drop();
});

describe('forTenant over a connection that bypasses RLS', () => {
  it("reads, counts and aggregates only the store's rows", async () => {
    const db = superuser.forTenant(storeB);
    expect((await db.product.findMany()).map((p) => p.title)).toEqual(['B product']);
    expect(await db.product.count()).toBe(1);
    expect(await db.product.findUnique({ where: { id: productA } })).toBeNull();
    expect(await db.product.findFirst({ where: { title: 'A product' } })).toBeNull();
    expect((await db.tenant.findMany()).map((t) => t.id)).toEqual([storeB]);
  });

  it("cannot update or delete another store's row by id", async () => {
    const db = superuser.forTenant(storeB);
    await expect(
      db.product.update({ where: { id: productA }, data: { title: 'pwned' } }),
    ).rejects.toMatchObject({ code: 'P2025' });
    expect(
      (await db.product.updateMany({ where: { id: productA }, data: { title: 'pwned' } })).count,
    ).toBe(0);
    expect((await db.product.deleteMany({ where: { id: productA } })).count).toBe(0);
    expect((await unscoped(appRole).product.findUnique({ where: { id: productA } }))?.title).toBe(
      'A product',
    );
  });

  it('refuses explicit cross-store writes', async () => {
    const db = superuser.forTenant(storeB);
    await expect(
      db.product.create({ data: { tenantId: storeA, title: 'x', slug: 'x' } }),
    ).rejects.toBeInstanceOf(TenantScopeViolationError);
    await expect(db.product.findMany({ where: { tenantId: storeA } })).rejects.toBeInstanceOf(
      TenantScopeViolationError,
    );
  });

  it('keeps the scope inside interactive transactions', async () => {
    const titles = await superuser.forTenant(storeB).$transaction(async (tx) => {
      await tx.product.create({ data: { tenantId: storeB, title: 'B second', slug: 'b2' } });
      return (await tx.product.findMany({ orderBy: { title: 'asc' } })).map((p) => p.title);
    });
    expect(titles).toEqual(['B product', 'B second']);
  });
});

describe('forTenant as the application role', () => {
  it('sets the RLS session for raw queries too', async () => {
    const rows = await appRole.forTenant(storeA).$queryRaw<
      { title: string }[]
    >`SELECT title FROM "Product" ORDER BY title`;
    expect(rows.map((r) => r.title)).toEqual(['A product']);
  });

  it('rolls an interactive transaction back as a whole', async () => {
    const db = appRole.forTenant(storeA);
    await expect(
      db.$transaction(async (tx) => {
        await tx.product.create({ data: { tenantId: storeA, title: 'doomed', slug: 'doomed' } });
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.product.count({ where: { slug: 'doomed' } })).toBe(0);
  });

  it('lists exactly the models whose tables carry a tenantId', async () => {
    const { tenantModels } = await import('./tenant-models.ts');
    const rows = await unscoped(appRole).$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY table_name`;
    expect(rows.map((r) => r.table_name).sort()).toEqual([...tenantModels].sort());
  });
});
