import type { TenantClient } from '@storeloom/db';
import type { ProductStatus } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { selectProductIds } from './select-products.ts';

/** Sets the status of several products at once; those becoming active get `publishedAt`. */
export async function bulkSetProductStatus({
  db,
  tenantId,
  actor,
  productIds,
  status,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  productIds: readonly string[];
  status: ProductStatus;
}) {
  return db.$transaction(async (tx) => {
    const ids = await selectProductIds(tx, { productIds: [...productIds] });
    const changing = await tx.product.findMany({
      where: { id: { in: ids }, status: { not: status } },
      select: { id: true, status: true },
    });
    if (changing.length > 0) {
      await tx.product.updateMany({
        where: { id: { in: changing.map((p) => p.id) } },
        data: { status, ...(status === 'active' ? { publishedAt: new Date() } : {}) },
      });
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'product.bulk.status_change',
        targetType: 'Product',
        before: { statuses: Object.fromEntries(changing.map((p) => [p.id, p.status])) },
        after: { status, count: changing.length },
      });
    }
    return { products: ids.length, changed: changing.length };
  });
}
