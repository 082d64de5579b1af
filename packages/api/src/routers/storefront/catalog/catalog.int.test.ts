import { beforeAll, describe, expect, it } from 'vitest';

import { encodeCursor } from '@storeloom/core';
import { createSearchCatalog } from '@storeloom/core/search/testing/search-catalog';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const shopper = () =>
  callerFor(setup.database, { app: 'storefront', host: setup.fixture.storeA.host }).storefront
    .catalog;

beforeAll(async () => {
  const store = setup.fixture.storeA;
  await createSearchCatalog(setup.database.forTenant(store.tenantId), {
    tenantId: store.tenantId,
    locationId: store.ids.locationId,
  });
});

describe('storefront.catalog over tRPC', () => {
  it('searches with filters, facets and pages', async () => {
    const first = await shopper().search({ categorySlug: 'Apparel', sort: 'price_asc', limit: 3 });
    expect(first.items.map((item) => item.slug)).toEqual([
      'sold-out-beanie',
      'zip-hoodie',
      'classic-pullover-hoodie',
    ]);
    expect(first.total).toBe(4);
    expect(first.facets.categories.length).toBeGreaterThan(0);
    const second = await shopper().search({
      categorySlug: 'apparel',
      sort: 'price_asc',
      limit: 3,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.items.map((item) => item.slug)).toEqual(['linen-trousers']);
    expect(second.nextCursor).toBeNull();
  });

  it('suggests, and serves the product and category pages', async () => {
    const suggestions = await shopper().suggest({ q: 'hoddie' });
    expect(suggestions.products.map((p) => p.slug)).toContain('classic-pullover-hoodie');
    const product = await shopper().productBySlug({ slug: 'zip-hoodie' });
    expect(product.variants).toHaveLength(1);
    const category = await shopper().categoryBySlug({ slug: 'hoodies' });
    expect(category.breadcrumbs.map((c) => c.slug)).toEqual(['apparel', 'tops', 'hoodies']);
  });

  it('keeps the older listing procedures working', async () => {
    const listed = await shopper().listProducts({ limit: 60 });
    expect(listed.items).toHaveLength(6);
    expect((await shopper().categoryTree()).map((c) => c.slug)).toEqual(
      expect.arrayContaining(['apparel', 'home']),
    );
  });
});

describe('storefront.catalog bad input', () => {
  it.each([
    ['a search text over 200 characters', { q: 'x'.repeat(201) }],
    ['a negative price', { minPrice: -1 }],
    ['a fraction of a cent', { maxPrice: 10.5 }],
    ['a page size over 60', { limit: 61 }],
    ['a page size of 0', { limit: 0 }],
    ['an unknown sort', { sort: 'cheapest' }],
    ['a malformed category slug', { categorySlug: 'not a slug!' }],
    [
      'an option value over 128 characters',
      { options: [{ name: 'Size', value: 'x'.repeat(129) }] },
    ],
    ['a cursor over 512 characters', { cursor: 'x'.repeat(513) }],
  ])('refuses %s with BAD_REQUEST', async (_label, input) => {
    // Deliberately outside the input type: this is what a hand-made request can send.
    const search = shopper().search as (input: unknown) => Promise<unknown>;
    await expect(search(input)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('refuses an inverted price range with a message', async () => {
    const answer = shopper().search({ minPrice: 5000, maxPrice: 100 });
    await expect(answer).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(answer).rejects.toThrow('The lowest price cannot be above the highest price');
  });

  it('refuses a malformed cursor and a cursor of another sort', async () => {
    await expect(shopper().search({ cursor: 'k.garbage' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'This page link is malformed. Start again from the first page.',
    });
    const cursor = encodeCursor('price_desc', { key: 100, id: 'abc' });
    await expect(shopper().search({ sort: 'price_asc', cursor })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'This page link belongs to another sort order. Start again from the first page.',
    });
  });

  it('answers NOT_FOUND for an unknown category, product or category page', async () => {
    await expect(shopper().search({ categorySlug: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Category not found',
    });
    await expect(shopper().productBySlug({ slug: 'draft-tee' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(shopper().categoryBySlug({ slug: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('refuses empty and oversized suggestion text', async () => {
    await expect(shopper().suggest({ q: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(shopper().suggest({ q: 'x'.repeat(101) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
