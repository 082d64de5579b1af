import { beforeAll, describe, expect, it } from 'vitest';

import type { StorefrontSort } from '@storeloom/validators';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { encodeCursor } from './keyset-cursor.ts';
import { getStorefrontCategory } from './get-storefront-category.ts';
import { getStorefrontProduct } from './get-storefront-product.ts';
import {
  searchStorefrontProducts,
  type SearchStorefrontProductsInput,
} from './search-storefront-products.ts';
import { storefrontCategoryExists } from './storefront-category-exists.ts';
import { suggestStorefrontProducts } from './suggest-storefront-products.ts';
import { createSearchCatalog } from './testing/search-catalog.ts';

const setup = useTwoStoreDatabase();
const store = () => setup.fixture.storeA;
const db = () => setup.database.forTenant(store().tenantId);
let catalog: Awaited<ReturnType<typeof createSearchCatalog>>;

beforeAll(async () => {
  catalog = await createSearchCatalog(db(), {
    tenantId: store().tenantId,
    locationId: store().ids.locationId,
  });
});

type Query = Partial<Omit<SearchStorefrontProductsInput, 'db' | 'tenantId'>>;

const search = (query: Query = {}) =>
  searchStorefrontProducts({
    db: db(),
    tenantId: store().tenantId,
    sort: 'relevance',
    limit: 60,
    ...query,
  });

const titles = async (query: Query = {}) => (await search(query)).items.map((item) => item.title);

const fixtureProduct = 'Alpha Goods Product';

describe('storefront search: what is listed', () => {
  it('lists only active products, newest first when there is no text', async () => {
    const result = await search();
    expect(result.sort).toBe('newest');
    expect(result.items.map((item) => item.title)).toEqual([
      fixtureProduct,
      'Sold Out Beanie',
      'Ceramic Mug',
      'Linen Trousers',
      'Zip Hoodie',
      'Classic Pullover Hoodie',
    ]);
    expect(result.total).toBe(6);
  });

  it('gives each card its price range, sale price, image and stock', async () => {
    const { items } = await search({ q: 'hoodie' });
    const classic = items.find((item) => item.slug === 'classic-pullover-hoodie');
    const zip = items.find((item) => item.slug === 'zip-hoodie');
    expect(classic).toMatchObject({ priceMin: 5000, priceMax: 6000, compareAtPrice: null });
    expect(classic).toMatchObject({ currency: 'USD', inStock: true, image: null });
    expect(zip).toMatchObject({ priceMin: 4000, priceMax: 4000, compareAtPrice: 5000 });
    const fixture = (await search({ q: 'alpha' })).items[0];
    expect(fixture?.image).toEqual({
      url: `/media/${store().slug}/product.webp`,
      alt: fixtureProduct,
    });
  });

  it("never shows another store's products", async () => {
    const other = setup.fixture.storeB;
    const result = await searchStorefrontProducts({
      db: setup.database.forTenant(other.tenantId),
      tenantId: other.tenantId,
      q: 'hoodie',
      sort: 'relevance',
      limit: 60,
    });
    expect(result.items).toEqual([]);
    expect(result.facets.categories).toEqual([]);
  });
});

describe('storefront search: text', () => {
  it('finds typos through title similarity', async () => {
    expect(await titles({ q: 'hoddie' })).toEqual(['Zip Hoodie', 'Classic Pullover Hoodie']);
    expect(await titles({ q: 'trousres' })).toEqual(['Linen Trousers']);
  });

  it('matches word prefixes while typing, across title, vendor and tags', async () => {
    expect(await titles({ q: 'hood' })).toEqual(['Zip Hoodie', 'Classic Pullover Hoodie']);
    expect(await titles({ q: 'loom' })).toEqual(['Linen Trousers']);
    expect(await titles({ q: 'summer' })).toEqual(['Linen Trousers']);
    expect(await titles({ q: 'cer mu' })).toEqual(['Ceramic Mug']);
  });

  it('understands web-search syntax without typo matching', async () => {
    expect(await titles({ q: 'hoodie -zip' })).toEqual(['Classic Pullover Hoodie']);
    expect(await titles({ q: 'mug or trousers' })).toEqual(
      expect.arrayContaining(['Ceramic Mug', 'Linen Trousers']),
    );
    expect(await titles({ q: '"pullover hoodie"' })).toEqual(['Classic Pullover Hoodie']);
  });

  it('finds nothing for text that matches nothing', async () => {
    const result = await search({ q: 'xylophone' });
    expect(result).toMatchObject({ items: [], total: 0, nextCursor: null });
    expect(await titles({ q: '%%%' })).toEqual([]);
  });
});

describe('storefront search: filters', () => {
  it('filters by a category and everything below it', async () => {
    expect(await titles({ categorySlug: 'apparel', sort: 'price_asc' })).toEqual([
      'Sold Out Beanie',
      'Zip Hoodie',
      'Classic Pullover Hoodie',
      'Linen Trousers',
    ]);
    expect(await titles({ categorySlug: 'hoodies', sort: 'price_asc' })).toEqual([
      'Zip Hoodie',
      'Classic Pullover Hoodie',
    ]);
  });

  it('answers NOT_FOUND for an unknown category', async () => {
    await expect(search({ categorySlug: 'no-such-category' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Category not found',
    });
  });

  it('matches a product when any variant is in the price range, inclusive', async () => {
    expect(await titles({ minPrice: 5500, maxPrice: 5500 })).toEqual(['Classic Pullover Hoodie']);
    expect(await titles({ minPrice: 6500, sort: 'price_asc' })).toEqual(['Linen Trousers']);
    expect(await titles({ maxPrice: 1500, sort: 'price_asc' })).toEqual([
      'Ceramic Mug',
      'Sold Out Beanie',
    ]);
  });

  it('refuses an inverted price range', async () => {
    await expect(search({ minPrice: 5000, maxPrice: 4000 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The lowest price cannot be above the highest price',
    });
  });

  it('keeps products with a variant that can be bought now', async () => {
    // Untracked (zip hoodie) and backorderable (mug) variants count; reserved stock does not.
    const inStock = await titles({ inStock: true, sort: 'price_asc' });
    expect(inStock).toEqual([
      'Ceramic Mug',
      fixtureProduct,
      'Zip Hoodie',
      'Classic Pullover Hoodie',
      'Linen Trousers',
    ]);
    expect(await titles({ inStock: true, minPrice: 5000, maxPrice: 5500 })).toEqual([]);
  });

  it('needs one variant to hold every option filter at once', async () => {
    const m = { name: 'Size', value: 'M' };
    expect(
      await titles({ options: [m, { name: 'colour', value: 'blue' }], sort: 'price_asc' }),
    ).toEqual(['Zip Hoodie', 'Classic Pullover Hoodie']);
    expect(
      await titles({
        options: [
          { name: 'Size', value: 'S' },
          { name: 'Colour', value: 'Blue' },
        ],
      }),
    ).toEqual(['Classic Pullover Hoodie']);
    // S/Blue is sold out, and "S in stock" means an S that is in stock.
    expect(await titles({ options: [{ name: 'Size', value: 'S' }], inStock: true })).toEqual([]);
    // Values of one option are alternatives.
    expect(
      await titles({
        options: [
          { name: 'Size', value: 'S' },
          { name: 'Size', value: 'M' },
          { name: 'Colour', value: 'Red' },
        ],
        sort: 'price_asc',
      }),
    ).toEqual(['Sold Out Beanie', 'Classic Pullover Hoodie']);
  });
});

describe('storefront search: facets', () => {
  it('counts categories over whole subtrees, ignoring the category filter', async () => {
    const { facets, total } = await search({ categorySlug: 'hoodies' });
    expect(total).toBe(2);
    const counts = Object.fromEntries(facets.categories.map((c) => [c.slug, c.count]));
    expect(counts).toEqual({ category: 1, apparel: 4, home: 1, tops: 3, hoodies: 2, bottoms: 1 });
    expect(facets.categories.find((c) => c.slug === 'hoodies')).toMatchObject({
      parentId: catalog.categories.tops.id,
      depth: 2,
    });
  });

  it('counts option values ignoring their own option only', async () => {
    const { facets } = await search({ options: [{ name: 'Size', value: 'M' }] });
    const values = Object.fromEntries(
      facets.options.map((o) => [o.name, o.values.map((v) => [v.value, v.count])]),
    );
    expect(values).toEqual({
      // Sizes as if no size were chosen: S on the classic hoodie and the beanie ("One size" is
      // the fixture product's).
      Size: [
        ['One size', 1],
        ['S', 2],
        ['M', 3],
      ],
      // Colours among the M variants: M/Blue (classic, zip) and M/Red (classic).
      Colour: [
        ['Blue', 2],
        ['Red', 1],
      ],
    });
  });

  it('gives the price range without the price filter and the in-stock count without the stock filter', async () => {
    const { facets, total } = await search({
      categorySlug: 'apparel',
      minPrice: 6000,
      inStock: true,
    });
    expect(total).toBe(2);
    expect(facets.price).toEqual({ min: 4000, max: 7000 });
    expect(facets.inStockCount).toBe(2);
    const unfiltered = await search({ categorySlug: 'apparel' });
    expect(unfiltered.facets.price).toEqual({ min: 1500, max: 7000 });
    expect(unfiltered.facets.inStockCount).toBe(3);
  });
});

describe('storefront search: sorting and pages', () => {
  it('sorts by price both ways using the lowest variant price', async () => {
    expect(await titles({ sort: 'price_desc' })).toEqual([
      'Linen Trousers',
      'Classic Pullover Hoodie',
      'Zip Hoodie',
      fixtureProduct,
      'Sold Out Beanie',
      'Ceramic Mug',
    ]);
  });

  it('sorts by units sold in orders that were not cancelled', async () => {
    const sorted = await titles({ sort: 'best_selling' });
    expect(sorted.slice(0, 3)).toEqual(['Ceramic Mug', 'Linen Trousers', expect.any(String)]);
    // The fixture product and the classic hoodie sold one each; the cancelled order of ten hoodies is ignored.
    expect(sorted.slice(2, 4).sort()).toEqual([fixtureProduct, 'Classic Pullover Hoodie'].sort());
  });

  it('ranks by relevance when there is text', async () => {
    const result = await search({ q: 'pullover hoodie' });
    expect(result.sort).toBe('relevance');
    expect(result.items[0]?.title).toBe('Classic Pullover Hoodie');
  });

  it.each<StorefrontSort>(['relevance', 'price_asc', 'price_desc', 'newest', 'best_selling'])(
    'pages through every product exactly once by %s, ties included',
    async (sort) => {
      const all = (await search({ sort })).items.map((item) => item.id);
      const paged: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 10; page += 1) {
        const result = await search({ sort, limit: 2, ...(cursor ? { cursor } : {}) });
        paged.push(...result.items.map((item) => item.id));
        expect(result.total).toBe(6);
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      expect(paged).toEqual(all);
    },
  );

  it('continues after a row id like the other lists, and ends the list at an unknown one', async () => {
    const all = (await search({ sort: 'price_asc' })).items.map((item) => item.id);
    const after = await search({ sort: 'price_asc', cursor: all[1] ?? '' });
    expect(after.items.map((item) => item.id)).toEqual(all.slice(2));
    // Another store's product (or one that no longer matches) is not in the results: nothing follows.
    const foreign = await search({ cursor: setup.fixture.storeB.ids.productId });
    expect(foreign).toMatchObject({ items: [], nextCursor: null, total: 6 });
  });

  it('refuses a malformed cursor and one made for another sort', async () => {
    for (const cursor of ['k.garbage!', 'k.e30', 'k.', '%%%', 'not a cursor']) {
      await expect(search({ cursor })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
        message: 'This page link is malformed. Start again from the first page.',
      });
    }
    const priceCursor = encodeCursor('price_asc', { key: 1500, id: store().ids.productId });
    await expect(search({ sort: 'newest', cursor: priceCursor })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'This page link belongs to another sort order. Start again from the first page.',
    });
  });
});

describe('instant search suggestions', () => {
  it('suggests categories, then products, eight at most', async () => {
    const suggestions = await suggestStorefrontProducts({
      db: db(),
      tenantId: store().tenantId,
      q: 'hood',
    });
    expect(suggestions.categories.map((c) => c.slug)).toEqual(['hoodies']);
    expect(suggestions.products.map((p) => p.slug)).toEqual([
      'zip-hoodie',
      'classic-pullover-hoodie',
    ]);
  });

  it('gives each product its lowest price, and whether prices vary', async () => {
    const { products } = await suggestStorefrontProducts({
      db: db(),
      tenantId: store().tenantId,
      q: 'hood',
    });
    expect(
      products.map(({ slug, price, priceVaries, currency }) => ({
        slug,
        price,
        priceVaries,
        currency,
      })),
    ).toEqual([
      { slug: 'zip-hoodie', price: 4000, priceVaries: false, currency: 'USD' },
      { slug: 'classic-pullover-hoodie', price: 5000, priceVaries: true, currency: 'USD' },
    ]);
  });

  it('treats LIKE wildcards as text', async () => {
    const suggestions = await suggestStorefrontProducts({
      db: db(),
      tenantId: store().tenantId,
      q: '%',
    });
    expect(suggestions).toEqual({ categories: [], products: [] });
  });
});

describe('category handles', () => {
  it("knows the store's own categories, and no other store's", async () => {
    expect(await storefrontCategoryExists({ db: db(), slug: 'hoodies' })).toBe(true);
    expect(await storefrontCategoryExists({ db: db(), slug: 'nope' })).toBe(false);
    const otherStore = setup.database.forTenant(setup.fixture.storeB.tenantId);
    expect(await storefrontCategoryExists({ db: otherStore, slug: 'hoodies' })).toBe(false);
  });
});

describe('the product page', () => {
  it('has options, variants with stock, media and breadcrumbs', async () => {
    const product = await getStorefrontProduct({
      db: db(),
      tenantId: store().tenantId,
      slug: 'classic-pullover-hoodie',
    });
    expect(product).toMatchObject({
      title: 'Classic Pullover Hoodie',
      seo: { title: 'Classic Pullover Hoodie', description: null },
      priceMin: 5000,
      priceMax: 6000,
      currency: 'USD',
      inStock: true,
    });
    expect(product.options.map((o) => [o.name, o.values.map((v) => v.value)])).toEqual([
      ['Size', ['S', 'M']],
      ['Colour', ['Blue', 'Red']],
    ]);
    expect(
      product.variants.map((v) => [
        v.optionValues.map((o) => o.value).join('/'),
        v.available,
        v.inStock,
      ]),
    ).toEqual([
      ['S/Blue', 0, false],
      ['M/Blue', 0, false],
      ['M/Red', 5, true],
    ]);
    expect(product.categories).toEqual([
      {
        id: catalog.categories.hoodies.id,
        slug: 'hoodies',
        name: 'Hoodies',
        breadcrumbs: [
          { id: catalog.categories.apparel.id, slug: 'apparel', name: 'Apparel' },
          { id: catalog.categories.tops.id, slug: 'tops', name: 'Tops' },
          { id: catalog.categories.hoodies.id, slug: 'hoodies', name: 'Hoodies' },
        ],
      },
    ]);
  });

  it('reports untracked stock as available without a count', async () => {
    const product = await getStorefrontProduct({
      db: db(),
      tenantId: store().tenantId,
      slug: 'zip-hoodie',
    });
    expect(product.variants).toMatchObject([
      { available: null, inStock: true, compareAtPrice: 5000 },
    ]);
  });

  it('orders media and names the fixture image', async () => {
    const product = await getStorefrontProduct({
      db: db(),
      tenantId: store().tenantId,
      slug: 'product',
    });
    expect(product.media).toEqual([
      expect.objectContaining({ mediaId: store().ids.mediaId, kind: 'image', alt: fixtureProduct }),
    ]);
  });

  it.each(['draft-tee', 'archived-scarf', 'no-such-product'])(
    'is NOT_FOUND for %s',
    async (slug) => {
      await expect(
        getStorefrontProduct({ db: db(), tenantId: store().tenantId, slug }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'Product not found' });
    },
  );
});

describe('the category page', () => {
  it('has breadcrumbs and direct subcategories', async () => {
    const category = await getStorefrontCategory({
      db: db(),
      tenantId: store().tenantId,
      slug: 'apparel',
    });
    expect(category).toMatchObject({ name: 'Apparel', depth: 0, image: null });
    expect(category.breadcrumbs.map((c) => c.slug)).toEqual(['apparel']);
    // Equal positions: by name.
    expect(category.children.map((c) => c.slug)).toEqual(['bottoms', 'tops']);
    const tops = await getStorefrontCategory({
      db: db(),
      tenantId: store().tenantId,
      slug: 'tops',
    });
    expect(tops.breadcrumbs.map((c) => c.slug)).toEqual(['apparel', 'tops']);
    expect(tops.children.map((c) => c.slug)).toEqual(['hoodies']);
  });

  it('is NOT_FOUND for an unknown slug', async () => {
    await expect(
      getStorefrontCategory({ db: db(), tenantId: store().tenantId, slug: 'nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
