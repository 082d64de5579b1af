import { describe, expect, it } from 'vitest';

import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { bulkChangePrices } from './bulk-change-prices.ts';
import { bulkSetProductStatus } from './bulk-set-product-status.ts';
import { createCategory } from './create-category.ts';
import { createProduct } from './create-product.ts';
import { applyPercentBps } from './percent-change.ts';
import { catalogContext, failure } from './testing/catalog-fixture.ts';

const setup = useTwoStoreDatabase();
const { db, tenantId, actor, otherDb } = catalogContext(setup);
const ctx = () => ({ db: db(), tenantId: tenantId(), actor: actor() });

async function priced(
  title: string,
  prices: number[],
  compareAt: number | null = null,
  categoryIds: string[] = [],
) {
  return createProduct({
    ...ctx(),
    title,
    status: 'draft',
    categoryIds,
    options: prices.length > 1 ? [{ name: 'Size', values: prices.map((_, i) => `S${i}`) }] : [],
    variants: prices.map((price, i) => ({
      optionValues: prices.length > 1 ? [`S${i}`] : [],
      price,
      compareAtPrice: compareAt,
    })),
  });
}

const pricesOf = async (productId: string) =>
  (
    await db().productVariant.findMany({
      where: { productId },
      orderBy: { position: 'asc' },
      select: { price: true, compareAtPrice: true },
    })
  ).map((v) => [v.price, v.compareAtPrice]);

describe('bulkChangePrices', () => {
  it('changes every variant by basis points, rounding half up like applyPercentBps', async () => {
    const amounts = [1999, 1005, 1, 250_001, 0];
    const product = await priced('Round Shirt', amounts);
    const result = await bulkChangePrices({
      ...ctx(),
      selection: { productIds: [product.id] },
      percentBps: 1050,
      includeCompareAt: false,
    });
    expect(result).toEqual({ products: 1, variants: 5 });
    expect(await pricesOf(product.id)).toEqual(
      amounts.map((a) => [applyPercentBps(a, 1050), null]),
    );
    const entry = await db().auditLog.findFirst({ where: { action: 'product.bulk.price_change' } });
    expect(entry?.after).toMatchObject({ products: 1, variants: 5, percentBps: 1050 });
  });

  it('moves compare-at prices when asked, and clears those no longer above the price', async () => {
    const both = await priced('Both Prices', [1000], 1200);
    await bulkChangePrices({
      ...ctx(),
      selection: { productIds: [both.id] },
      percentBps: -2500,
      includeCompareAt: true,
    });
    expect(await pricesOf(both.id)).toEqual([[750, 900]]);
    await bulkChangePrices({
      ...ctx(),
      selection: { productIds: [both.id] },
      percentBps: 5000,
      includeCompareAt: false,
    });
    expect(await pricesOf(both.id)).toEqual([[1125, null]]);
  });

  it('selects by filter, and by ids and filter together', async () => {
    const category = await createCategory({ ...ctx(), name: 'Sale Rack' });
    const onRack = await priced('Rack Item', [1000], null, [category.id]);
    const offRack = await priced('Shelf Item', [1000]);
    await bulkChangePrices({
      ...ctx(),
      selection: { filter: { categoryId: category.id } },
      percentBps: -1000,
      includeCompareAt: false,
    });
    expect(await pricesOf(onRack.id)).toEqual([[900, null]]);
    expect(await pricesOf(offRack.id)).toEqual([[1000, null]]);
    const none = await bulkChangePrices({
      ...ctx(),
      selection: { productIds: [offRack.id], filter: { categoryId: category.id } },
      percentBps: -1000,
      includeCompareAt: false,
    });
    expect(none).toEqual({ products: 0, variants: 0 });
  });

  it('refuses a change above the highest price, and foreign products, changing nothing', async () => {
    const pricey = await priced('Pricey', [500_000_000]);
    const error = await failure(
      bulkChangePrices({
        ...ctx(),
        selection: { productIds: [pricey.id] },
        percentBps: 100_000,
        includeCompareAt: false,
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(await pricesOf(pricey.id)).toEqual([[500_000_000, null]]);

    const foreign = setup.fixture.storeB.ids.productId;
    const foreignBefore = await otherDb().productVariant.findMany({
      where: { productId: foreign },
    });
    expect(
      (
        await failure(
          bulkChangePrices({
            ...ctx(),
            selection: { productIds: [pricey.id, foreign] },
            percentBps: 1000,
            includeCompareAt: false,
          }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(await otherDb().productVariant.findMany({ where: { productId: foreign } })).toEqual(
      foreignBefore,
    );
    expect(await pricesOf(pricey.id)).toEqual([[500_000_000, null]]);
  });
});

describe('bulkSetProductStatus', () => {
  it('sets the status of several products and publishes those becoming active', async () => {
    const a = await priced('Status A', [100]);
    const b = await priced('Status B', [100]);
    expect(
      await bulkSetProductStatus({ ...ctx(), productIds: [a.id, b.id], status: 'active' }),
    ).toEqual({
      products: 2,
      changed: 2,
    });
    const rows = await db().product.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.every((p) => p.status === 'active' && p.publishedAt !== null)).toBe(true);
    expect(await bulkSetProductStatus({ ...ctx(), productIds: [a.id], status: 'active' })).toEqual({
      products: 1,
      changed: 0,
    });
  });
});
