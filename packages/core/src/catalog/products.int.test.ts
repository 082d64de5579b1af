import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createCategory } from './create-category.ts';
import { createProduct, type CreateProductFields } from './create-product.ts';
import { deleteProduct } from './delete-product.ts';
import { getProduct } from './get-product.ts';
import { listProducts } from './list-products.ts';
import { setProductStatus } from './set-product-status.ts';
import { catalogContext, failure } from './testing/catalog-fixture.ts';
import { updateProduct } from './update-product.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor, store } = catalogContext(setup);

const create = (input: Partial<CreateProductFields> & { title: string }) =>
  createProduct({ db: db(), tenantId: tenantId(), actor: actor(), status: 'draft', ...input });

const productCount = () => db().product.count();

describe('createProduct', () => {
  it('generates the full variant matrix with SKUs from the handle and values', async () => {
    const product = await create({
      title: 'Linen Shirt',
      options: [
        { name: 'Size', values: ['S', 'M'] },
        { name: 'Colour', values: ['White', 'Sky Blue'] },
      ],
      defaults: { price: 4500, compareAtPrice: 5900, costPrice: 1800, weightGrams: 300 },
      variants: [{ optionValues: ['M', 'White'], sku: 'LS-M-W', price: 4700 }],
    });
    expect(product.slug).toBe('linen-shirt');
    expect(product.options.map((o) => [o.name, o.values.map((v) => v.value)])).toEqual([
      ['Size', ['S', 'M']],
      ['Colour', ['White', 'Sky Blue']],
    ]);
    expect(product.variants.map((v) => [v.title, v.sku, v.price])).toEqual([
      ['S / White', 'LINEN-SHIRT-S-WHITE', 4500],
      ['S / Sky Blue', 'LINEN-SHIRT-S-SKY-BLUE', 4500],
      ['M / White', 'LS-M-W', 4700],
      ['M / Sky Blue', 'LINEN-SHIRT-M-SKY-BLUE', 4500],
    ]);
    expect(product.variants[0]).toMatchObject({
      compareAtPrice: 5900,
      costPrice: 1800,
      weightGrams: 300,
      currency: 'USD',
    });
    expect(product.variants[3]?.optionValues.map((v) => v.value)).toEqual(['M', 'Sky Blue']);
    expect(product.publishedAt).toBeNull();
  });

  it('gives a product without options one Default variant, and publishes an active one', async () => {
    const product = await create({
      title: 'Enamel Mug',
      status: 'active',
      defaults: { price: 1200 },
    });
    expect(product.variants).toHaveLength(1);
    expect(product.variants[0]).toMatchObject({ title: 'Default', sku: 'ENAMEL-MUG', price: 1200 });
    expect(product.publishedAt).toBeInstanceOf(Date);
  });

  it('derives a free handle from the title, but refuses a taken handle that was typed', async () => {
    const first = await create({ title: 'Tote Bag' });
    const second = await create({ title: 'Tote Bag' });
    expect([first.slug, second.slug]).toEqual(['tote-bag', 'tote-bag-2']);
    expect(second.variants[0]?.sku).toBe('TOTE-BAG-2');
    const before = await productCount();
    expect(await failure(create({ title: 'Another', slug: 'tote-bag' }))).toEqual({
      code: 'CONFLICT',
      message: 'The handle tote-bag is already used',
    });
    expect(await productCount()).toBe(before);
  });

  it('refuses a SKU another variant of the store already has, naming it', async () => {
    const before = await productCount();
    const sku = 'ALPHA-SKU'; // the fixture product's variant
    expect(
      await failure(create({ title: 'Clash', variants: [{ optionValues: [], sku }] })),
    ).toEqual({
      code: 'CONFLICT',
      message: 'The SKU ALPHA-SKU is already used by another variant',
    });
    expect(await productCount()).toBe(before);
  });

  it('refuses a compare-at price that is not above the price', async () => {
    const before = await productCount();
    const error = await failure(
      create({ title: 'Cheap', defaults: { price: 1000, compareAtPrice: 1000 } }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/compare-at price .* must be higher than its price/);
    expect(await productCount()).toBe(before);
  });

  it("treats another store's category as not found", async () => {
    const before = await productCount();
    const error = await failure(
      create({ title: 'Foreign', categoryIds: [setup.fixture.storeB.ids.categoryId] }),
    );
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'Category not found' });
    expect(await productCount()).toBe(before);
  });

  it('records an audit entry with what was created', async () => {
    const product = await create({ title: 'Audited Cap' });
    const entry = await db().auditLog.findFirst({
      where: { action: 'product.create', targetId: product.id },
    });
    expect(entry).toMatchObject({ actorId: actor().id, after: { slug: 'audited-cap' } });
  });
});

describe('listProducts', () => {
  it('filters by category subtree, status and title or SKU, sorts and pages', async () => {
    const outer = await createCategory({
      db: db(),
      tenantId: tenantId(),
      actor: actor(),
      name: 'Kitchen',
    });
    const inner = await createCategory({
      db: db(),
      tenantId: tenantId(),
      actor: actor(),
      name: 'Cups',
      parentId: outer.id,
    });
    const cup = await create({
      title: 'Zebra Cup',
      status: 'active',
      categoryIds: [inner.id],
      defaults: { price: 900 },
    });
    const pot = await create({
      title: 'Apple Pot',
      categoryIds: [outer.id],
      options: [{ name: 'Size', values: ['S', 'L'] }],
      variants: [
        { optionValues: ['S'], price: 1500 },
        { optionValues: ['L'], price: 2500 },
      ],
    });
    const list = (input: Partial<Parameters<typeof listProducts>[0]>) =>
      listProducts({ db: db(), filter: {}, sort: 'title', limit: 25, ...input });

    const inKitchen = await list({ filter: { categoryId: outer.id } });
    expect(inKitchen.items.map((p) => p.title)).toEqual(['Apple Pot', 'Zebra Cup']);
    expect(inKitchen.items[0]).toMatchObject({
      variantCount: 2,
      price: { min: 1500, max: 2500, currency: 'USD' },
      available: 0,
      image: null,
    });
    expect((await list({ filter: { categoryId: inner.id } })).items.map((p) => p.id)).toEqual([
      cup.id,
    ]);
    expect(
      (await list({ filter: { categoryId: outer.id, status: 'draft' } })).items.map((p) => p.id),
    ).toEqual([pot.id]);
    expect((await list({ filter: { q: 'apple-pot-l' } })).items.map((p) => p.id)).toEqual([pot.id]);
    expect((await list({ filter: { q: 'zEBRA' } })).items.map((p) => p.id)).toEqual([cup.id]);

    const first = await list({ filter: { categoryId: outer.id }, limit: 1 });
    expect(first.items.map((p) => p.id)).toEqual([pot.id]);
    const second = await list({
      filter: { categoryId: outer.id },
      limit: 1,
      cursor: first.nextCursor ?? '',
    });
    expect(second).toMatchObject({ items: [{ id: cup.id }], nextCursor: null });
  });

  it('shows stock and the first image of the fixture product', async () => {
    const { items } = await listProducts({
      db: db(),
      filter: { q: 'Alpha Goods Product' },
      sort: 'updated',
      limit: 5,
    });
    expect(items[0]).toMatchObject({
      id: store().ids.productId,
      available: 10,
      image: { mediaId: store().ids.mediaId },
    });
  });

  it("refuses a cursor from another store's list as not found", async () => {
    const error = await failure(
      listProducts({
        db: db(),
        filter: {},
        sort: 'updated',
        limit: 5,
        cursor: setup.fixture.storeB.ids.productId,
      }),
    );
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('editing a product', () => {
  it('updates its fields, audits before and after, and refuses a taken handle', async () => {
    const product = await create({ title: 'Wool Scarf', vendor: 'Acme' });
    const updated = await updateProduct({
      db: db(),
      tenantId: tenantId(),
      actor: actor(),
      productId: product.id,
      title: 'Merino Scarf',
      vendor: '',
      tags: ['winter', 'wool'],
      seoTitle: 'Merino scarf',
    });
    expect(updated).toMatchObject({
      title: 'Merino Scarf',
      vendor: null,
      tags: ['winter', 'wool'],
    });
    const entry = await db().auditLog.findFirst({
      where: { action: 'product.update', targetId: product.id },
    });
    expect(entry).toMatchObject({
      before: { title: 'Wool Scarf', vendor: 'Acme' },
      after: { title: 'Merino Scarf', vendor: null },
    });
    expect(
      await failure(
        updateProduct({
          db: db(),
          tenantId: tenantId(),
          actor: actor(),
          productId: product.id,
          slug: 'product',
        }),
      ),
    ).toEqual({ code: 'CONFLICT', message: 'The handle product is already used' });
    expect((await getProduct({ db: db(), productId: product.id })).slug).toBe('wool-scarf');
  });

  it('deletes only archived products', async () => {
    const product = await create({ title: 'Old Lamp', status: 'active' });
    const remove = () =>
      deleteProduct({ db: db(), tenantId: tenantId(), actor: actor(), productId: product.id });
    expect(await failure(remove())).toEqual({
      code: 'CONFLICT',
      message: 'Archive Old Lamp before deleting it',
    });
    const archived = await setProductStatus({
      db: db(),
      tenantId: tenantId(),
      actor: actor(),
      productId: product.id,
      status: 'archived',
    });
    expect(archived.status).toBe('archived');
    await remove();
    expect(await db().product.findFirst({ where: { id: product.id } })).toBeNull();
    expect(await db().productVariant.count({ where: { productId: product.id } })).toBe(0);
  });

  it("cannot see or change another store's product", async () => {
    const foreign = setup.fixture.storeB.ids.productId;
    expect((await failure(getProduct({ db: db(), productId: foreign }))).code).toBe('NOT_FOUND');
    expect(
      (
        await failure(
          setProductStatus({
            db: db(),
            tenantId: tenantId(),
            actor: actor(),
            productId: foreign,
            status: 'draft',
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
  });
});
