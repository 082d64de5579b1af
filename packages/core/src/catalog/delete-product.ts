import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { loadProductDetail } from './get-product.ts';

/**
 * Deletes an archived product. Active and draft products must be archived first, so nothing
 * disappears from the storefront by a single click; orders keep their own snapshots of it.
 * Stock held for open checkouts must be released before.
 */
export async function deleteProduct({
  db,
  tenantId,
  actor,
  productId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
}) {
  return db.$transaction(async (tx) => {
    const product = await loadProductDetail(tx, productId);
    if (product.status !== 'archived') {
      throw conflict(`Archive ${product.title} before deleting it`);
    }
    const reserved = await tx.inventoryReservation.count({
      where: { status: 'active', variant: { productId } },
    });
    if (reserved > 0) {
      throw conflict(`${product.title} has stock reserved by open checkouts or orders`);
    }
    await tx.product.delete({ where: { id: productId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.delete',
      targetType: 'Product',
      targetId: productId,
      before: {
        title: product.title,
        slug: product.slug,
        variants: product.variants.map((v) => ({ id: v.id, sku: v.sku, price: v.price })),
      },
    });
    return { deleted: productId };
  });
}
