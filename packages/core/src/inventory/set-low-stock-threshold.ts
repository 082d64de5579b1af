import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { findStockVariant } from './stock-targets.ts';

/**
 * Sets the availability at or below which a variant counts as low on stock (null: never). The
 * event fires on the next change that crosses it, not on setting it.
 */
export async function setLowStockThreshold({
  db,
  tenantId,
  actor,
  variantId,
  lowStockThreshold,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  variantId: string;
  lowStockThreshold: number | null;
}) {
  return db.$transaction(async (tx) => {
    const variant = await findStockVariant(tx, variantId);
    await tx.productVariant.update({ where: { id: variantId }, data: { lowStockThreshold } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.threshold.update',
      targetType: 'ProductVariant',
      targetId: variantId,
      before: { lowStockThreshold: variant.lowStockThreshold },
      after: { lowStockThreshold },
    });
    return { variantId, lowStockThreshold };
  });
}
