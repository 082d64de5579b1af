import { beforeAll, describe, expect, it } from 'vitest';

import type { OrderStatus, TenantClient } from '@storeloom/db';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { createSearchCatalog } from '../search/testing/search-catalog.ts';
import { listAlsoBoughtProducts } from './list-also-bought-products.ts';
import { listRelatedProducts } from './list-related-products.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const dbA = () => setup.database.forTenant(storeA().tenantId);
const dbB = () => setup.database.forTenant(storeB().tenantId);
let catalog: Awaited<ReturnType<typeof createSearchCatalog>>;

let orderNumber = 1000;
/** An order with one line per product id (a product may repeat: two lines on one order). */
async function order(
  db: TenantClient,
  tenantId: string,
  status: OrderStatus,
  productIds: string[],
) {
  orderNumber += 1;
  await db.order.create({
    data: {
      tenantId,
      number: orderNumber,
      email: 'buyer@example.com',
      currency: 'USD',
      status,
      subtotal: 0,
      total: 0,
      items: {
        create: productIds.map((productId) => ({
          tenantId,
          productId,
          name: 'Line',
          unitPrice: 0,
          quantity: 1,
          total: 0,
        })),
      },
    },
  });
}

const related = (input: { productId?: string; slug?: string; limit?: number }) =>
  listRelatedProducts({ db: dbA(), tenantId: storeA().tenantId, limit: 8, ...input });
const alsoBought = (input: { productId?: string; slug?: string; limit?: number }) =>
  listAlsoBoughtProducts({ db: dbA(), tenantId: storeA().tenantId, limit: 8, ...input });
const slugs = (items: { slug: string }[]) => items.map((item) => item.slug);

beforeAll(async () => {
  const a = storeA();
  catalog = await createSearchCatalog(dbA(), {
    tenantId: a.tenantId,
    locationId: a.ids.locationId,
  });
  const { classicHoodie, trousers, mug, beanie, draft } = catalog.products;
  const tag = (id: string, tags: string[]) =>
    dbA().product.update({ where: { id }, data: { tags } });
  await tag(classicHoodie.id, ['winter', 'cosy']);
  await tag(trousers.id, ['summer', 'cosy']);
  await tag(mug.id, ['winter', 'cosy']);
  await tag(beanie.id, ['winter']);
  await tag(draft.id, ['winter', 'cosy']);
  // Another store's product with the same tags is never related.
  await dbB().product.update({ where: { id: storeB().ids.productId }, data: { tags: ['winter'] } });
});

describe('listRelatedProducts', () => {
  it('ranks in-stock products first, then the same category, then shared tags', async () => {
    // The zip hoodie shares the category; the mug two tags, the trousers one; the beanie is sold
    // out. Drafts, archived products, other stores and the product itself never appear.
    expect(slugs(await related({ productId: catalog.products.classicHoodie.id }))).toEqual([
      'zip-hoodie',
      'ceramic-mug',
      'linen-trousers',
      'sold-out-beanie',
    ]);
  });

  it('finds the product by slug, keeps to the limit and returns full cards', async () => {
    const items = await related({ slug: 'classic-pullover-hoodie', limit: 2 });
    expect(slugs(items)).toEqual(['zip-hoodie', 'ceramic-mug']);
    expect(items[0]).toMatchObject({
      title: 'Zip Hoodie',
      priceMin: 4000,
      priceMax: 4000,
      compareAtPrice: 5000,
      currency: 'USD',
      inStock: true,
      image: null,
    });
  });

  it('is empty for a product without a category in common or a tag', async () => {
    await dbA().product.update({
      where: { id: catalog.products.zipHoodie.id },
      data: { categories: { deleteMany: {} } },
    });
    try {
      expect(await related({ productId: catalog.products.zipHoodie.id })).toEqual([]);
    } finally {
      await dbA().productCategory.create({
        data: {
          tenantId: storeA().tenantId,
          productId: catalog.products.zipHoodie.id,
          categoryId: catalog.categories.hoodies.id,
        },
      });
    }
  });

  it('is NOT_FOUND for drafts, other stores and a mismatched id and slug', async () => {
    for (const input of [
      { slug: 'draft-tee' },
      { productId: storeB().ids.productId },
      { productId: catalog.products.mug.id, slug: 'classic-pullover-hoodie' },
    ]) {
      await expect(related(input)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});

describe('listAlsoBoughtProducts', () => {
  beforeAll(async () => {
    const t = storeA().tenantId;
    const { classicHoodie: hoodie, zipHoodie, trousers, mug, beanie, draft } = catalog.products;
    // The search catalogue already has a paid order of trousers with the hoodie.
    await order(dbA(), t, 'paid', [hoodie.id, mug.id, mug.id, trousers.id]);
    await order(dbA(), t, 'delivered', [hoodie.id, mug.id]);
    await order(dbA(), t, 'processing', [hoodie.id, zipHoodie.id]);
    await order(dbA(), t, 'partially_refunded', [hoodie.id, trousers.id]);
    // Not bought: awaiting payment, cancelled, refunded.
    for (const status of ['pending_payment', 'cancelled', 'refunded'] as const) {
      await order(dbA(), t, status, [hoodie.id, beanie.id]);
    }
    // A draft bought with it is not on sale; an order without the hoodie says nothing about it.
    await order(dbA(), t, 'paid', [hoodie.id, draft.id]);
    await order(dbA(), t, 'paid', [mug.id, beanie.id, beanie.id]);
    // Another store's orders never count, even rows that point at this store's products.
    for (let i = 0; i < 5; i += 1) {
      await order(dbB(), storeB().tenantId, 'paid', [hoodie.id, beanie.id]);
    }
  });

  it('ranks products by the number of bought orders they share with this one', async () => {
    // Trousers: 3 orders, mug: 2 (two lines on one order count once), zip hoodie: 1.
    expect(slugs(await alsoBought({ productId: catalog.products.classicHoodie.id }))).toEqual([
      'linen-trousers',
      'ceramic-mug',
      'zip-hoodie',
    ]);
  });

  it('keeps to the limit, finds the product by slug and never lists the product itself', async () => {
    expect(slugs(await alsoBought({ slug: 'classic-pullover-hoodie', limit: 1 }))).toEqual([
      'linen-trousers',
    ]);
    expect(slugs(await alsoBought({ productId: catalog.products.beanie.id }))).toEqual([
      'ceramic-mug',
    ]);
  });

  it('is empty for a product nobody bought, and NOT_FOUND for one not on sale', async () => {
    // The fixture's own product is on a delivered order, alone.
    expect(await alsoBought({ slug: 'product' })).toEqual([]);
    await expect(alsoBought({ slug: 'archived-scarf' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
