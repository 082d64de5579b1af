import { describe, expect, it } from 'vitest';

import { publishedPageExists } from '@storeloom/core';
import type { Database } from '@storeloom/db';
import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { installStorefrontReadCache } from '../../../cache/storefront-read-cache.ts';
import { callerFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();

const documentWith = (heading: string) => ({
  version: 1,
  blocks: [{ id: 'hero', type: 'hero', props: { heading } }],
});

/** A page with a published version; its draft differs, so a leak of the draft would show. */
async function publishPage(
  database: Database,
  tenantId: string,
  page: { slug: string; kind: 'home' | 'content' | 'landing'; title: string; heading: string },
) {
  const db = unscoped(database);
  const existing = await db.page.findUnique({
    where: { tenantId_slug: { tenantId, slug: page.slug } },
    select: { id: true },
  });
  const { id } =
    existing ??
    (await db.page.create({
      data: {
        tenantId,
        slug: page.slug,
        kind: page.kind,
        title: page.title,
        draftContent: documentWith('Unpublished draft'),
      },
      select: { id: true },
    }));
  const version = await db.pageVersion.create({
    data: { tenantId, pageId: id, version: 1, content: documentWith(page.heading) },
  });
  await db.page.update({
    where: { id },
    data: {
      title: page.title,
      status: 'published',
      publishedVersionId: version.id,
      publishedAt: new Date('2026-12-01T10:00:00Z'),
      seoTitle: `${page.title} SEO`,
      seoDescription: `About ${page.title}`,
      draftContent: documentWith('Unpublished draft'),
    },
  });
  return { pageId: id, versionId: version.id };
}

const shopperOf = (store: 'storeA' | 'storeB') =>
  callerFor(setup.database, { app: 'storefront', host: setup.fixture[store].host });

describe('storefront.pages', () => {
  it('serves the published home page, not its draft', async () => {
    const { storeA } = setup.fixture;
    // The fixture's home page starts as a draft, like a new store's.
    await expect(shopperOf('storeA').storefront.pages.home()).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const { pageId } = await publishPage(setup.database, storeA.tenantId, {
      slug: 'home',
      kind: 'home',
      title: 'Home',
      heading: 'Welcome to Alpha',
    });
    const home = await shopperOf('storeA').storefront.pages.home();
    expect(home).toEqual({
      id: pageId,
      slug: 'home',
      title: 'Home',
      seoTitle: 'Home SEO',
      seoDescription: 'About Home',
      kind: 'home',
      content: documentWith('Welcome to Alpha'),
      publishedAt: new Date('2026-12-01T10:00:00Z'),
    });
    // Store B's home is still a draft: it has none to show, and never A's.
    await expect(shopperOf('storeB').storefront.pages.home()).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('serves a published page by slug', async () => {
    await publishPage(setup.database, setup.fixture.storeA.tenantId, {
      slug: 'about',
      kind: 'content',
      title: 'About us',
      heading: 'Our story',
    });
    const about = await shopperOf('storeA').storefront.pages.bySlug({ slug: 'about' });
    expect(about).toMatchObject({
      slug: 'about',
      title: 'About us',
      kind: 'content',
      content: documentWith('Our story'),
    });
  });

  it('answers NOT_FOUND for a draft, an unknown slug, the home page and another store', async () => {
    const { storeA } = setup.fixture;
    await unscoped(setup.database).page.create({
      data: {
        tenantId: storeA.tenantId,
        slug: 'coming-soon',
        kind: 'content',
        title: 'Coming soon',
        draftContent: documentWith('Not yet'),
      },
    });
    const caller = shopperOf('storeA').storefront.pages;
    for (const slug of ['coming-soon', 'no-such-page', 'home']) {
      await expect(caller.bySlug({ slug })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    // Store A's published about page does not exist on store B's host.
    await expect(
      shopperOf('storeB').storefront.pages.bySlug({ slug: 'about' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses a malformed slug with a message', async () => {
    const error: unknown = await shopperOf('storeA')
      .storefront.pages.bySlug({ slug: '../Admin' })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    expect(String(error)).toContain('Use lowercase letters, digits and single hyphens');
  });

  it('lists category tiles with counts and a picture, in the order asked', async () => {
    const { storeA } = setup.fixture;
    const db = unscoped(setup.database);
    // A subcategory with a product of its own: the parent counts both products.
    const parent = await db.category.findFirstOrThrow({
      where: { tenantId: storeA.tenantId, slug: 'category' },
    });
    const child = await db.category.create({
      data: {
        tenantId: storeA.tenantId,
        parentId: parent.id,
        name: 'Alpha Sub',
        slug: 'sub',
        path: '',
        depth: 1,
      },
    });
    await db.category.update({
      where: { id: child.id },
      data: { path: `${parent.path}${child.id}/` },
    });
    const other = await db.product.create({
      data: {
        tenantId: storeA.tenantId,
        title: 'Alpha Draft',
        slug: 'alpha-draft',
        status: 'draft',
      },
    });
    await db.productCategory.create({
      data: { tenantId: storeA.tenantId, productId: other.id, categoryId: child.id },
    });

    const pages = shopperOf('storeA').storefront.pages;
    expect(await pages.categoryTiles({})).toEqual([
      {
        id: parent.id,
        slug: 'category',
        name: 'Alpha Goods Category',
        productCount: 1,
        image: { url: `/media/${storeA.slug}/product.webp`, alt: 'Alpha Goods Product' },
      },
    ]);
    const chosen = await pages.categoryTiles({ categorySlugs: ['sub', 'missing', 'Category'] });
    // The draft product does not count; the sub category has no picture of its own.
    expect(chosen.map((tile) => [tile.slug, tile.productCount, tile.image])).toEqual([
      ['sub', 0, null],
      ['category', 1, { url: `/media/${storeA.slug}/product.webp`, alt: 'Alpha Goods Product' }],
    ]);
    expect(
      await shopperOf('storeB').storefront.pages.categoryTiles({ categorySlugs: ['sub'] }),
    ).toEqual([]);
  });

  it('lists hand-picked products in order, leaving out inactive ones', async () => {
    const { storeA } = setup.fixture;
    const cards = await shopperOf('storeA').storefront.pages.productCards({
      slugs: ['alpha-draft', 'product', 'missing'],
    });
    expect(cards).toEqual([
      expect.objectContaining({
        slug: 'product',
        title: 'Alpha Goods Product',
        price: 1999,
        priceMax: 1999,
        currency: 'USD',
        imageUrl: `/media/${storeA.slug}/product.webp`,
        inStock: true,
      }),
    ]);
    expect(
      await shopperOf('storeB').storefront.pages.productCards({ slugs: ['alpha-draft'] }),
    ).toEqual([]);
  });

  it('lists the published content pages for the footer', async () => {
    // By then store A has published about (content) and a home page; coming-soon is a draft.
    expect(await shopperOf('storeA').storefront.pages.navigation()).toEqual([
      { slug: 'about', title: 'About us' },
    ]);
    expect(await shopperOf('storeB').storefront.pages.navigation()).toEqual([]);
  });

  it('tells the proxy which pages exist', async () => {
    const db = setup.database.forTenant(setup.fixture.storeA.tenantId);
    expect(await publishedPageExists({ db, slug: 'about' })).toBe(true);
    expect(await publishedPageExists({ db, slug: 'coming-soon' })).toBe(false);
    expect(await publishedPageExists({ db, slug: 'home' })).toBe(false);
    const otherStore = setup.database.forTenant(setup.fixture.storeB.tenantId);
    expect(await publishedPageExists({ db: otherStore, slug: 'about' })).toBe(false);
  });

  describe('with the storefront cache on', () => {
    it('shows a newly published version without waiting for the cache to expire', async () => {
      installStorefrontReadCache(setup.database, { enabled: true });
      await expect.poll(() => setup.database.changes.live).toBe(true);
      const { storeA } = setup.fixture;
      const { pageId } = await publishPage(setup.database, storeA.tenantId, {
        slug: 'shipping',
        kind: 'content',
        title: 'Shipping',
        heading: 'Shipping times',
      });
      const read = async () =>
        (await shopperOf('storeA').storefront.pages.bySlug({ slug: 'shipping' })).content;
      expect(await read()).toEqual(documentWith('Shipping times'));

      const next = await unscoped(setup.database).pageVersion.create({
        data: {
          tenantId: storeA.tenantId,
          pageId,
          version: 2,
          content: documentWith('Shipping times, revised'),
        },
      });
      await unscoped(setup.database).page.update({
        where: { id: pageId },
        data: { publishedVersionId: next.id },
      });
      await expect.poll(read).toEqual(documentWith('Shipping times, revised'));
    });
  });
});
