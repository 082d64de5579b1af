import type { PageKind, Prisma, TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { publishedPageWhere, STANDALONE_PAGE_KINDS } from './published-page-where.ts';

/** A page as shoppers see it: the content of its published version, never the draft. */
export interface PublishedPage {
  id: string;
  slug: string;
  title: string;
  seoTitle: string | null;
  seoDescription: string | null;
  kind: PageKind;
  /** The page document (builder block JSON); the storefront validates it before rendering. */
  content: Prisma.JsonValue;
  publishedAt: Date | null;
}

const select = {
  id: true,
  slug: true,
  title: true,
  seoTitle: true,
  seoDescription: true,
  kind: true,
  publishedAt: true,
  publishedVersion: { select: { content: true } },
} as const;

interface Row {
  id: string;
  slug: string;
  title: string;
  seoTitle: string | null;
  seoDescription: string | null;
  kind: PageKind;
  publishedAt: Date | null;
  publishedVersion: { content: Prisma.JsonValue } | null;
}

function toPublishedPage(row: Row | null): PublishedPage {
  if (row?.publishedVersion == null) throw notFound('Page');
  const { publishedVersion, ...page } = row;
  return { ...page, content: publishedVersion.content };
}

/** The published content or landing page at `slug`. Drafts, archived pages and the home page are NOT_FOUND. */
export async function getPublishedPage({
  db,
  slug,
}: {
  db: TenantClient;
  slug: string;
}): Promise<PublishedPage> {
  const row = await db.page.findFirst({
    where: { ...publishedPageWhere, slug, kind: { in: STANDALONE_PAGE_KINDS } },
    select,
  });
  return toPublishedPage(row);
}

/** The store's published home page (the most recently published if there were several); NOT_FOUND when none is. */
export async function getPublishedHomePage({ db }: { db: TenantClient }): Promise<PublishedPage> {
  const row = await db.page.findFirst({
    where: { ...publishedPageWhere, kind: 'home' },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    select,
  });
  return toPublishedPage(row);
}
