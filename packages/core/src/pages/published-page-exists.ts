import type { TenantClient } from '@storeloom/db';

import { publishedPageWhere, STANDALONE_PAGE_KINDS } from './published-page-where.ts';

/**
 * Whether `/pages/<slug>` shows a published page. The storefront proxy asks before the page
 * streams, because a streamed page can no longer answer 404 for a missing one.
 */
export async function publishedPageExists({
  db,
  slug,
}: {
  db: TenantClient;
  slug: string;
}): Promise<boolean> {
  const page = await db.page.findFirst({
    where: { ...publishedPageWhere, slug, kind: { in: STANDALONE_PAGE_KINDS } },
    select: { id: true },
  });
  return page !== null;
}
