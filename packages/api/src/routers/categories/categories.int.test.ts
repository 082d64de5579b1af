import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor, sessionFor } from '../../testing/callers.ts';
import { fingerprint } from '../../testing/fingerprint.ts';

const setup = useTwoStoreDatabase();

const as = (role: 'owner' | 'staff' | 'viewer') =>
  callerFor(setup.database, {
    session: sessionFor(setup.fixture.storeA.members[role], setup.fixture.storeA.tenantId),
  });
const snapshotA = () => fingerprint(setup.database, setup.fixture.storeA.tenantId);

async function rejection(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error('Expected a TRPCError');
  return error;
}

describe('categories procedures', () => {
  it('builds a tree, moves, reorders, lists subtree products and breadcrumbs', async () => {
    const staff = as('staff');
    const home = await staff.categories.create({ name: 'Home' });
    const kitchen = await staff.categories.create({ name: 'Kitchen', parentId: home.id });
    const bath = await staff.categories.create({ name: 'Bath', parentId: home.id });
    await staff.categories.reorder({ parentId: home.id, categoryIds: [bath.id, kitchen.id] });
    const product = await staff.products.create({ title: 'Kettle', categoryIds: [kitchen.id] });

    const tree = await as('viewer').categories.tree();
    const homeNode = tree.find((node) => node.id === home.id);
    expect(homeNode?.productCount).toBe(1);
    expect(homeNode?.children.map((c) => c.name)).toEqual(['Bath', 'Kitchen']);
    const inHome = await as('viewer').categories.products({ categoryId: home.id, limit: 10 });
    expect(inHome.items.map((p) => p.id)).toEqual([product.id]);

    await staff.categories.move({ categoryId: kitchen.id, parentId: null, position: 0 });
    const crumbs = await as('viewer').categories.breadcrumbs({ categoryId: kitchen.id });
    expect(crumbs.map((c) => c.name)).toEqual(['Kitchen']);
    expect(
      (await as('viewer').categories.products({ categoryId: home.id, limit: 10 })).items,
    ).toEqual([]);
  });

  it('answers BAD_REQUEST when a category would move under its own descendant, changing nothing', async () => {
    const staff = as('staff');
    const top = await staff.categories.create({ name: 'Garden' });
    const child = await staff.categories.create({ name: 'Tools', parentId: top.id });
    const before = await snapshotA();
    const error = await rejection(
      staff.categories.move({ categoryId: top.id, parentId: child.id }),
    );
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'A category cannot move under its own subcategory',
    });
    expect(await snapshotA()).toBe(before);
  });

  it('answers BAD_REQUEST for an oversized name and FORBIDDEN for viewers, changing nothing', async () => {
    const before = await snapshotA();
    expect((await rejection(as('staff').categories.create({ name: 'x'.repeat(121) }))).code).toBe(
      'BAD_REQUEST',
    );
    expect((await rejection(as('viewer').categories.create({ name: 'Viewer' }))).code).toBe(
      'FORBIDDEN',
    );
    expect(await snapshotA()).toBe(before);
  });
});
