import { beforeAll, describe, expect, it } from 'vitest';

import { unscoped } from '@storeloom/db/unscoped';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { callerFor } from '../../../testing/callers.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;

const shopperOn = (host: string) => callerFor(setup.database, { app: 'storefront', host });

type Caller = ReturnType<typeof shopperOn>;
type Section = 'pages' | 'categories' | 'products';

/** Every path of a section, walking its keyset pages `limit` at a time. */
async function allPaths(caller: Caller, section: Section, limit: number): Promise<string[]> {
  const paths: string[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await caller.storefront.seo.sitemapEntries({ section, cursor, limit });
    paths.push(...page.entries.map((entry) => entry.path));
    if (page.nextCursor === null) return paths;
    cursor = page.nextCursor;
  }
}

beforeAll(async () => {
  // Each store gets its own products, categories and pages in every state the sitemap decides on.
  for (const [store, prefix] of [
    [storeA(), 'alpha'],
    [storeB(), 'bravo'],
  ] as const) {
    const db = setup.database.forTenant(store.tenantId);
    const { tenantId } = store;
    const statuses = ['active', 'active', 'draft', 'archived'] as const;
    for (const [index, status] of statuses.entries()) {
      await db.product.create({
        data: {
          tenantId,
          title: `${prefix} ${status}`,
          slug: `${prefix}-${status}-${index}`,
          status,
        },
      });
    }
    await db.category.create({
      data: { tenantId, name: `${prefix} shelf`, slug: `${prefix}-shelf`, path: '/' },
    });
    const published = new Date('2026-03-01T10:00:00.000Z');
    await db.page.createMany({
      data: [
        {
          tenantId,
          kind: 'content',
          slug: `${prefix}-about`,
          title: 'About',
          status: 'published',
          publishedAt: published,
          draftContent: {},
        },
        {
          tenantId,
          kind: 'landing',
          slug: `${prefix}-sale`,
          title: 'Sale',
          status: 'published',
          publishedAt: published,
          draftContent: {},
        },
        {
          tenantId,
          kind: 'content',
          slug: `${prefix}-draft`,
          title: 'Draft',
          status: 'draft',
          draftContent: {},
        },
        {
          tenantId,
          kind: 'product_template',
          slug: `${prefix}-template`,
          title: 'Template',
          status: 'published',
          publishedAt: published,
          draftContent: {},
        },
      ],
    });
  }
  await setup.database.forTenant(storeA().tenantId).page.updateMany({
    where: { kind: 'home' },
    data: {
      status: 'published',
      publishedAt: new Date('2026-03-02T09:00:00.000Z'),
      seoDescription: 'Good things, well made.',
    },
  });
});

describe('sitemap entries', () => {
  it('lists the home page and published content and landing pages, never drafts or templates', async () => {
    const first = await shopperOn(storeA().host).storefront.seo.sitemapEntries({
      section: 'pages',
    });
    expect(first.entries[0]).toEqual({
      path: '/',
      lastModified: new Date('2026-03-02T09:00:00.000Z'),
    });
    expect(first.entries.map((e) => e.path).sort()).toEqual(
      ['/', '/pages/alpha-about', '/pages/alpha-sale'].sort(),
    );
    expect(first.entries.find((e) => e.path === '/pages/alpha-about')?.lastModified).toEqual(
      new Date('2026-03-01T10:00:00.000Z'),
    );
  });

  it('lists active products and every category, page by page, with lastModified', async () => {
    const caller = shopperOn(storeA().host);
    const products = await allPaths(caller, 'products', 1);
    expect(products).toHaveLength(3);
    expect(new Set(products).size).toBe(3);
    expect(products).toContain('/products/product');
    expect(products.filter((p) => p.startsWith('/products/alpha-active-'))).toHaveLength(2);
    expect(products.some((p) => /draft|archived/.test(p))).toBe(false);
    expect(await allPaths(caller, 'categories', 1)).toEqual(
      expect.arrayContaining(['/categories/category', '/categories/alpha-shelf']),
    );
    const page = await caller.storefront.seo.sitemapEntries({ section: 'products', limit: 10 });
    expect(page.nextCursor).toBeNull();
    for (const entry of page.entries) expect(entry.lastModified).toBeInstanceOf(Date);
  });

  it('gives each store only its own entries', async () => {
    const bravo = await allPaths(shopperOn(storeB().host), 'products', 500);
    expect(bravo.some((p) => p.includes('alpha'))).toBe(false);
    expect(bravo.filter((p) => p.includes('bravo-active'))).toHaveLength(2);
    const bravoPages = await allPaths(shopperOn(storeB().host), 'pages', 500);
    expect(bravoPages.sort()).toEqual(['/', '/pages/bravo-about', '/pages/bravo-sale'].sort());
  });

  it('refuses a malformed section or limit with a message', async () => {
    const caller = shopperOn(storeA().host);
    await expect(
      caller.storefront.seo.sitemapEntries({ section: 'orders' as Section }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      caller.storefront.seo.sitemapEntries({ section: 'products', limit: 5000 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('is 404 on an unknown host', async () => {
    await expect(
      shopperOn('nobody.localhost').storefront.seo.sitemapEntries({ section: 'pages' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('site', () => {
  it('is canonical where it is served when that is the primary domain, with the home tagline', async () => {
    const site = await shopperOn(`${storeA().host}:3100`).storefront.seo.site();
    expect(site).toEqual({
      origin: `http://${storeA().host}:3100`,
      canonicalOrigin: `http://${storeA().host}:3100`,
      tagline: 'Good things, well made.',
    });
    expect((await shopperOn(storeB().host).storefront.seo.site()).tagline).toBeNull();
  });

  it('points other hosts of the store at its verified primary custom domain', async () => {
    const db = unscoped(setup.database);
    const { tenantId } = storeB();
    await db.domain.updateMany({ where: { tenantId }, data: { isPrimary: false } });
    await db.domain.create({
      data: {
        tenantId,
        hostname: 'shop.bravo.test',
        kind: 'custom',
        isPrimary: true,
        verified: true,
      },
    });
    const onSubdomain = await shopperOn(storeB().host).storefront.seo.site();
    expect(onSubdomain.origin).toBe(`http://${storeB().host}`);
    expect(onSubdomain.canonicalOrigin).toBe('https://shop.bravo.test');
    const onCustom = await shopperOn('shop.bravo.test').storefront.seo.site();
    expect(onCustom).toMatchObject({
      origin: 'https://shop.bravo.test',
      canonicalOrigin: 'https://shop.bravo.test',
    });
  });
});
