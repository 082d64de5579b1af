import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadDiscountView } from './load-discount-view.ts';

/** Stops a discount from applying; its history and usage stay. Deactivating twice is a no-op. */
export async function deactivateDiscount({
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
    const before = await loadDiscountView(tx, discountId, now);
    if (!before.isActive) return before;
    await tx.discount.update({ where: { id: discountId }, data: { isActive: false } });
    const after = await loadDiscountView(tx, discountId, now);
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'discount.deactivate',
      targetType: 'Discount',
      targetId: discountId,
      before: { isActive: true },
      after: { isActive: false },
    });
    return after;
  });
}
