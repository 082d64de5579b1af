import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireCategories, requireProduct } from './catalog-lookups.ts';

/** Puts a product in exactly these categories (an empty list takes it out of all of them). */
export async function setProductCategories({
  db,
  tenantId,
  actor,
  productId,
  categoryIds,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  categoryIds: readonly string[];
}) {
  return db.$transaction(async (tx) => {
    await requireProduct(tx, productId);
    const categories = await requireCategories(tx, categoryIds);
    const before = await replaceProductCategories(tx, {
      tenantId,
      productId,
      categoryIds: categories.map((c) => c.id),
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.categories.update',
      targetType: 'Product',
      targetId: productId,
      before: { categoryIds: before },
      after: { categoryIds: categories.map((c) => c.id) },
    });
    return { productId, categories };
  });
}

/**
 * Links the product to exactly `categoryIds` (already checked to be the store's). Links that stay
 * keep their place in their category; new ones go last. Returns the category ids linked before.
 */
export async function replaceProductCategories(
  tx: TenantTransaction,
  {
    tenantId,
    productId,
    categoryIds,
  }: { tenantId: string; productId: string; categoryIds: readonly string[] },
): Promise<string[]> {
  const links = await tx.productCategory.findMany({
    where: { productId },
    select: { categoryId: true },
  });
  const before = links.map((link) => link.categoryId);
  const removed = before.filter((id) => !categoryIds.includes(id));
  if (removed.length > 0) {
    await tx.productCategory.deleteMany({ where: { productId, categoryId: { in: removed } } });
  }
  for (const categoryId of categoryIds.filter((id) => !before.includes(id))) {
    const last = await tx.productCategory.aggregate({
      where: { categoryId },
      _max: { position: true },
    });
    await tx.productCategory.create({
      data: { tenantId, productId, categoryId, position: (last._max.position ?? -1) + 1 },
    });
  }
  return before;
}
