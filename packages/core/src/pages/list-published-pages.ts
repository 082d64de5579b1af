import type { TenantClient } from '@storeloom/db';

import { publishedPageWhere } from './published-page-where.ts';

/** The footer shows a handful of pages; more would bury the rest of it. */
const MAX_LISTED_PAGES = 12;

/**
 * The store's published content pages (About us, FAQ...) for its navigation, by title. Landing
 * pages are left out: they are reached from campaigns, not browsed to.
 */
export async function listPublishedPages({
  db,
}: {
  db: TenantClient;
}): Promise<{ slug: string; title: string }[]> {
  return db.page.findMany({
    where: { ...publishedPageWhere, kind: 'content' },
    orderBy: [{ title: 'asc' }, { slug: 'asc' }],
    take: MAX_LISTED_PAGES,
    select: { slug: true, title: true },
  });
}
