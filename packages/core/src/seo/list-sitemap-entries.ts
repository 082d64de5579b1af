import type { TenantClient } from '@storeloom/db';
import type { SitemapSection } from '@storeloom/validators';

export interface SitemapEntry {
  /** Storefront path, e.g. `/products/linen-shirt`; the caller puts it on the right host. */
  path: string;
  /** When the page last changed, if known. */
  lastModified: Date | null;
}

export interface SitemapPage {
  entries: SitemapEntry[];
  /** Pass back for the next page of the same section; null when the section is done. */
  nextCursor: string | null;
}

interface Row {
  id: string;
  slug: string;
  lastModified: Date | null;
}

const slugPath = (prefix: string) => (row: Row) => ({
  path: `${prefix}/${encodeURIComponent(row.slug)}`,
  lastModified: row.lastModified,
});

/** Content and landing pages live under /pages; the home page is `/`, templates have no URL. */
async function pageRows(db: TenantClient, after: string | undefined, take: number) {
  const rows = await db.page.findMany({
    where: {
      status: 'published',
      kind: { in: ['content', 'landing'] },
      ...(after ? { id: { gt: after } } : {}),
    },
    orderBy: { id: 'asc' },
    take,
    select: { id: true, slug: true, publishedAt: true, updatedAt: true },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, lastModified: r.publishedAt ?? r.updatedAt }));
}

async function categoryRows(db: TenantClient, after: string | undefined, take: number) {
  const rows = await db.category.findMany({
    where: after ? { id: { gt: after } } : {},
    orderBy: { id: 'asc' },
    take,
    select: { id: true, slug: true, updatedAt: true },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, lastModified: r.updatedAt }));
}

/** Only what the storefront shows: active products (drafts and archived ones 404 there). */
async function productRows(db: TenantClient, after: string | undefined, take: number) {
  const rows = await db.product.findMany({
    where: { status: 'active', ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: 'asc' },
    take,
    select: { id: true, slug: true, updatedAt: true },
  });
  return rows.map((r) => ({ id: r.id, slug: r.slug, lastModified: r.updatedAt }));
}

async function homeEntry(db: TenantClient): Promise<SitemapEntry> {
  const home = await db.page.findFirst({
    where: { kind: 'home', status: 'published' },
    orderBy: { publishedAt: 'desc' },
    select: { publishedAt: true },
  });
  return { path: '/', lastModified: home?.publishedAt ?? null };
}

const sections = {
  pages: { rows: pageRows, toEntry: slugPath('/pages') },
  categories: { rows: categoryRows, toEntry: slugPath('/categories') },
  products: { rows: productRows, toEntry: slugPath('/products') },
} as const;

/**
 * One keyset page (by id) of a sitemap section. The first page of `pages` starts with the home
 * page, which every store has (its own page, or the default listing).
 */
export async function listSitemapEntries({
  db,
  section,
  cursor,
  limit,
}: {
  db: TenantClient;
  section: SitemapSection;
  cursor?: string;
  limit: number;
}): Promise<SitemapPage> {
  const { rows: load, toEntry } = sections[section];
  const rows = await load(db, cursor, limit + 1);
  const page = rows.slice(0, limit);
  const entries = page.map(toEntry);
  if (section === 'pages' && cursor === undefined) entries.unshift(await homeEntry(db));
  return {
    entries,
    nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
  };
}
