import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest, notFound } from '../errors/domain-error.ts';
import { requireCategory } from './catalog-lookups.ts';
import { lockCategoryTree, renumberCategories, siblingIds } from './category-tree-writes.ts';

/** Orders the children of a parent (null: the top level); the list must be exactly them. */
export async function reorderCategories({
  db,
  tenantId,
  actor,
  parentId,
  categoryIds,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  parentId: string | null;
  categoryIds: readonly string[];
}) {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx, tenantId);
    const parent = parentId ? await requireCategory(tx, parentId) : null;
    const known = await tx.category.count({ where: { id: { in: [...new Set(categoryIds)] } } });
    if (known !== new Set(categoryIds).size) throw notFound('Category');
    const before = await siblingIds(tx, parentId);
    const exact =
      categoryIds.length === before.length &&
      new Set(categoryIds).size === before.length &&
      categoryIds.every((id) => before.includes(id));
    if (!exact) {
      throw badRequest(
        `List every ${parent ? `subcategory of ${parent.name}` : 'top-level category'} exactly once`,
      );
    }
    await renumberCategories(tx, tenantId, categoryIds);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'category.reorder',
      targetType: 'Category',
      targetId: parentId ?? undefined,
      before: { parentId, categoryIds: before },
      after: { parentId, categoryIds },
    });
    return { parentId, categoryIds: [...categoryIds] };
  });
}
