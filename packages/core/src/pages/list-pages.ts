import type { TenantClient } from '@storeloom/db';

/** The store's builder pages for the builder's page list. */
export async function listPages({ db }: { db: TenantClient }) {
  const pages = await db.page.findMany({
    orderBy: [{ kind: 'asc' }, { title: 'asc' }],
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      _count: { select: { versions: true } },
    },
  });
  return pages.map(({ _count, ...page }) => ({ ...page, versionCount: _count.versions }));
}
