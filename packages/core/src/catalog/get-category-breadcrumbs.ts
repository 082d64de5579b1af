import type { TenantClient } from '@storeloom/db';

import { requireCategory } from './catalog-lookups.ts';

/** The chain from the top-level category down to this one, read from its materialised path. */
export async function getCategoryBreadcrumbs({
  db,
  categoryId,
}: {
  db: TenantClient;
  categoryId: string;
}) {
  return db.$transaction(async (tx) => {
    const category = await requireCategory(tx, categoryId);
    const ancestorIds = category.path.split('/').filter((id) => id.length > 0);
    const rows = await tx.category.findMany({
      where: { id: { in: ancestorIds } },
      orderBy: { depth: 'asc' },
      select: { id: true, name: true, slug: true, depth: true },
    });
    return rows;
  });
}
