import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { requireCategory } from './catalog-lookups.ts';
import { lockCategoryTree, renumberCategories, siblingIds } from './category-tree-writes.ts';

/**
 * Deletes a category that has no subcategories. Its products stay in the catalogue and only
 * lose this category.
 */
export async function deleteCategory({
  db,
  tenantId,
  actor,
  categoryId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  categoryId: string;
}) {
  return db.$transaction(async (tx) => {
    await lockCategoryTree(tx, tenantId);
    const category = await requireCategory(tx, categoryId);
    const children = await tx.category.count({ where: { parentId: categoryId } });
    if (children > 0) {
      throw conflict(`Move or delete the subcategories of ${category.name} first`);
    }
    const products = await tx.productCategory.findMany({
      where: { categoryId },
      select: { productId: true },
    });
    await tx.category.delete({ where: { id: categoryId } });
    await renumberCategories(tx, tenantId, await siblingIds(tx, category.parentId));
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'category.delete',
      targetType: 'Category',
      targetId: categoryId,
      before: {
        name: category.name,
        slug: category.slug,
        parentId: category.parentId,
        productIds: products.map((p) => p.productId),
      },
    });
    return { deleted: categoryId, unlinkedProducts: products.length };
  });
}
