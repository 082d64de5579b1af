import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createCategory } from './create-category.ts';
import { createProduct } from './create-product.ts';
import { deleteCategory } from './delete-category.ts';
import { getCategoryBreadcrumbs } from './get-category-breadcrumbs.ts';
import { type CategoryTreeNode, listCategories } from './list-categories.ts';
import { moveCategory } from './move-category.ts';
import { reorderCategories } from './reorder-categories.ts';
import { catalogContext, failure } from './testing/catalog-fixture.ts';
import { updateCategory } from './update-category.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor } = catalogContext(setup);
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: actor() });

const create = (name: string, parentId?: string) => createCategory({ ...ctx(), name, parentId });
const move = (categoryId: string, parentId: string | null, position?: number) =>
  moveCategory({ ...ctx(), categoryId, parentId, position });
const rows = () =>
  db().category.findMany({
    orderBy: { id: 'asc' },
    select: { id: true, parentId: true, path: true, depth: true, position: true },
  });

function find(nodes: CategoryTreeNode[], id: string): CategoryTreeNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const inner = find(node.children, id);
    if (inner) return inner;
  }
  return undefined;
}

describe('category tree', () => {
  it('creates nested categories with materialised paths, depths and positions', async () => {
    const root = await create('Clothing');
    const child = await create('Shirts', root.id);
    const second = await create('Trousers', root.id);
    expect(root).toMatchObject({
      slug: 'clothing',
      path: `/${root.id}/`,
      depth: 0,
      parentId: null,
    });
    expect(child).toMatchObject({ path: `/${root.id}/${child.id}/`, depth: 1, position: 0 });
    expect(second.position).toBe(1);
    expect(await failure(createCategory({ ...ctx(), name: 'Dup', slug: 'clothing' }))).toEqual({
      code: 'CONFLICT',
      message: 'The handle clothing is already used',
    });
  });

  it('moves a subtree in one go and renumbers both sibling lists', async () => {
    const a = await create('Move A');
    const b = await create('Move B');
    const a1 = await create('Move A1', a.id);
    const a2 = await create('Move A2', a.id);
    const a1x = await create('Move A1x', a1.id);
    const b1 = await create('Move B1', b.id);

    const moved = await move(a1.id, b.id, 0);
    expect(moved).toMatchObject({
      parentId: b.id,
      path: `/${b.id}/${a1.id}/`,
      depth: 1,
      position: 0,
    });
    const all = new Map((await rows()).map((row) => [row.id, row]));
    expect(all.get(a1x.id)).toMatchObject({ path: `/${b.id}/${a1.id}/${a1x.id}/`, depth: 2 });
    expect(all.get(b1.id)?.position).toBe(1);
    expect(all.get(a2.id)?.position).toBe(0);

    const toRoot = await move(a1.id, null, 0);
    expect(toRoot).toMatchObject({ parentId: null, path: `/${a1.id}/`, depth: 0, position: 0 });
    expect((await rows()).find((row) => row.id === a1x.id)).toMatchObject({
      path: `/${a1.id}/${a1x.id}/`,
      depth: 1,
    });
    const breadcrumbs = await getCategoryBreadcrumbs({ db: db(), categoryId: a1x.id });
    expect(breadcrumbs.map((c) => c.name)).toEqual(['Move A1', 'Move A1x']);
  });

  it('refuses to move a category under itself or its own descendant, changing nothing', async () => {
    const top = await create('Cycle Top');
    const mid = await create('Cycle Mid', top.id);
    const leaf = await create('Cycle Leaf', mid.id);
    const before = await rows();
    for (const target of [leaf.id, mid.id, top.id]) {
      expect(await failure(move(top.id, target))).toEqual({
        code: 'BAD_REQUEST',
        message: 'A category cannot move under its own subcategory',
      });
    }
    expect(await rows()).toEqual(before);
  });

  it('reorders siblings only with the exact list of siblings', async () => {
    const parent = await create('Order Parent');
    const x = await create('Order X', parent.id);
    const y = await create('Order Y', parent.id);
    const z = await create('Order Z', parent.id);
    const reorder = (categoryIds: string[]) =>
      reorderCategories({ ...ctx(), parentId: parent.id, categoryIds });
    await reorder([z.id, x.id, y.id]);
    const tree = await listCategories({ db: db(), tenantId: tenantId() });
    expect(find(tree, parent.id)?.children.map((c) => c.name)).toEqual([
      'Order Z',
      'Order X',
      'Order Y',
    ]);
    expect((await failure(reorder([z.id, x.id]))).code).toBe('BAD_REQUEST');
    expect((await failure(reorder([z.id, x.id, y.id, parent.id]))).code).toBe('BAD_REQUEST');
    expect((await failure(reorder([z.id, x.id, setup.fixture.storeB.ids.categoryId]))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('counts products of the whole subtree once each', async () => {
    const parent = await create('Count Parent');
    const child = await create('Count Child', parent.id);
    const make = (title: string, categoryIds: string[]) =>
      createProduct({ ...ctx(), title, status: 'draft', categoryIds });
    await make('In both', [parent.id, child.id]);
    await make('In child', [child.id]);
    const tree = await listCategories({ db: db(), tenantId: tenantId() });
    expect(find(tree, parent.id)?.productCount).toBe(2);
    expect(find(tree, child.id)?.productCount).toBe(2);
  });

  it('renames, and deletes only leaves, unlinking their products', async () => {
    const parent = await create('Delete Parent');
    const leaf = await create('Delete Leaf', parent.id);
    const product = await createProduct({
      ...ctx(),
      title: 'Linked',
      status: 'draft',
      categoryIds: [leaf.id],
    });
    const renamed = await updateCategory({ ...ctx(), categoryId: leaf.id, name: 'Renamed Leaf' });
    expect(renamed).toMatchObject({ name: 'Renamed Leaf', slug: 'delete-leaf' });
    expect(await failure(deleteCategory({ ...ctx(), categoryId: parent.id }))).toEqual({
      code: 'CONFLICT',
      message: 'Move or delete the subcategories of Delete Parent first',
    });
    expect(await deleteCategory({ ...ctx(), categoryId: leaf.id })).toEqual({
      deleted: leaf.id,
      unlinkedProducts: 1,
    });
    expect(await db().product.count({ where: { id: product.id } })).toBe(1);
    await deleteCategory({ ...ctx(), categoryId: parent.id });
  });

  it("cannot reach another store's categories", async () => {
    const foreign = setup.fixture.storeB.ids.categoryId;
    const own = await create('Own');
    expect((await failure(move(own.id, foreign))).code).toBe('NOT_FOUND');
    expect((await failure(move(foreign, null))).code).toBe('NOT_FOUND');
    expect((await failure(create('Child of foreign', foreign))).code).toBe('NOT_FOUND');
    expect((await failure(getCategoryBreadcrumbs({ db: db(), categoryId: foreign }))).code).toBe(
      'NOT_FOUND',
    );
  });
});
