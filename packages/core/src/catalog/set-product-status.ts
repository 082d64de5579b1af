import type { TenantClient } from '@storeloom/db';
import type { ProductStatus } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { requireProduct } from './catalog-lookups.ts';

/** Moves a product between draft, active and archived; becoming active stamps `publishedAt`. */
export async function setProductStatus({
  db,
  tenantId,
  actor,
  productId,
  status,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productId: string;
  status: ProductStatus;
}) {
  return db.$transaction(async (tx) => {
    const product = await requireProduct(tx, productId);
    if (product.status === status) return product;
    const updated = await tx.product.update({
      where: { id: productId },
      data: { status, ...(status === 'active' ? { publishedAt: new Date() } : {}) },
      select: { id: true, title: true, slug: true, status: true, publishedAt: true },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'product.status.update',
      targetType: 'Product',
      targetId: productId,
      before: { status: product.status },
      after: { status: updated.status, publishedAt: updated.publishedAt },
    });
    return updated;
  });
}
