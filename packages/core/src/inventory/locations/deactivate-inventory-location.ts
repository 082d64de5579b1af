import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { DomainError, notFound } from '../../errors/domain-error.ts';
import { locationSelect } from './location-fields.ts';

/**
 * Takes a location out of use: no reservations, restocks or adjustments reach it afterwards. The
 * default location cannot be deactivated, nor one that still holds or has reserved units.
 */
export async function deactivateInventoryLocation({
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
    // Waits for stock writes in flight at this location (they hold a share lock on it).
    const [location] = await tx.$queryRaw<
      { name: string; isDefault: boolean; isActive: boolean }[]
    >`
      SELECT "name", "isDefault", "isActive" FROM "InventoryLocation"
       WHERE "tenantId" = ${tenantId} AND "id" = ${locationId}
         FOR UPDATE`;
    if (!location) throw notFound('Location');
    if (location.isDefault) {
      throw new DomainError(
        'CONFLICT',
        `${location.name} is the default location; make another location the default first`,
      );
    }
    const held = await tx.inventoryLevel.aggregate({
      where: { locationId },
      _sum: { onHand: true, reserved: true },
    });
    const onHand = held._sum.onHand ?? 0;
    const reserved = held._sum.reserved ?? 0;
    if (onHand > 0 || reserved > 0) {
      throw new DomainError(
        'CONFLICT',
        `${location.name} still holds ${onHand} units; transfer or adjust them away first`,
        { onHand, reserved },
      );
    }
    const after = await tx.inventoryLocation.update({
      where: { id: locationId },
      data: { isActive: false },
      select: locationSelect,
    });
    if (location.isActive) {
      await recordAudit(tx, {
        tenantId,
        actor,
        action: 'inventory.location.deactivate',
        targetType: 'InventoryLocation',
        targetId: locationId,
        before: { isActive: true },
        after: { isActive: false },
      });
    }
    return after;
  });
}
