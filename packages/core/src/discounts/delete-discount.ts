import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { conflict } from '../errors/domain-error.ts';
import { loadDiscountView } from './load-discount-view.ts';

/** Deletes a discount nobody has used; a used one is kept for its orders and can be deactivated. */
export async function deleteDiscount({
  db,
  tenantId,
  actor,
  discountId,
  now = new Date(),
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  discountId: string;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    // Lock the row so an order redeeming it now cannot slip in between the check and the delete.
    await tx.$queryRaw`SELECT id FROM "Discount" WHERE "tenantId" = ${tenantId} AND id = ${discountId} FOR UPDATE`;
    const before = await loadDiscountView(tx, discountId, now);
    const usages = await tx.discountUsage.count({ where: { discountId } });
    if (usages > 0 || before.usageCount > 0) {
      throw conflict(`${before.code ?? before.title} has been used; deactivate it instead`);
    }
    await tx.discount.delete({ where: { id: discountId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'discount.delete',
      targetType: 'Discount',
      targetId: discountId,
      before,
    });
    return { discountId };
  });
}
