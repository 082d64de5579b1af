import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { badRequest } from '../errors/domain-error.ts';
import { requireCategory } from './catalog-lookups.ts';
import {
  insertAt,
  lockCategoryTree,
  renumberCategories,
  siblingIds,
} from './category-tree-writes.ts';

/**
 * Moves a category, with its whole subtree, under a new parent (null: to the top level) at a
 * position among its new siblings. One UPDATE rewrites the materialised path and depth of every
 * category in the subtree; the old and new sibling lists are renumbered.
 */
export async function moveCategory({
  db,
  tenantId,
  actor,
  categoryId,
  parentId,
  position,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  categoryId: string;
  parentId: string | null;
  position?: number | undefined;
}) {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx, tenantId);
    const category = await requireCategory(tx, categoryId);
    const parent = parentId ? await requireCategory(tx, parentId) : null;
    // The category's own path is a prefix of every path in its subtree, itself included.
    if (parent?.path.startsWith(category.path)) {
      throw badRequest('A category cannot move under its own subcategory');
    }

    const newPath = `${parent?.path ?? '/'}${category.id}/`;
    const depthDelta = (parent ? parent.depth + 1 : 0) - category.depth;
    if (newPath !== category.path) {
      await tx.$executeRaw`
        UPDATE "Category"
           SET "path" = ${newPath} || substr("path", ${category.path.length + 1}),
               "depth" = "depth" + ${depthDelta},
               "parentId" = CASE WHEN "id" = ${category.id} THEN ${parent?.id ?? null} ELSE "parentId" END,
               "updatedAt" = now()
         WHERE "tenantId" = ${tenantId} AND left("path", ${category.path.length}) = ${category.path}`;
      const oldSiblings = await siblingIds(tx, category.parentId);
      await renumberCategories(tx, tenantId, oldSiblings);
    }
    const siblings = await siblingIds(tx, parent?.id ?? null);
    const ordered = insertAt(siblings, category.id, position);
    await renumberCategories(tx, tenantId, ordered);

    const after = await requireCategory(tx, categoryId);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'category.move',
      targetType: 'Category',
      targetId: categoryId,
      before: { parentId: category.parentId, path: category.path, position: category.position },
      after: { parentId: after.parentId, path: after.path, position: after.position },
    });
    return after;
  });
}
