import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { notFound } from '../../errors/domain-error.ts';
import { locationSelect } from './location-fields.ts';

/** Puts a deactivated location back in use. */
export async function reactivateInventoryLocation({
  db,
  tenantId,
  actor,
  locationId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  locationId: string;
}) {
  return db.$transaction(async (tx) => {
    const before = await tx.inventoryLocation.findFirst({
      where: { id: locationId },
      select: locationSelect,
    });
    if (!before) throw notFound('Location');
    if (before.isActive) return before;
    const after = await tx.inventoryLocation.update({
      where: { id: locationId },
      data: { isActive: true },
      select: locationSelect,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.location.reactivate',
      targetType: 'InventoryLocation',
      targetId: locationId,
      before: { isActive: false },
      after: { isActive: true },
    });
    return after;
  });
}
