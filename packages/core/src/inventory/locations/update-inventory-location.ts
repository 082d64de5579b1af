import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { DomainError, notFound } from '../../errors/domain-error.ts';
import { assertCodeFree, locationSelect } from './location-fields.ts';

/**
 * Renames a location, changes its code, or makes it the default (the previous default stops
 * being one in the same transaction, so a store always has exactly one).
 */
export async function updateInventoryLocation({
  db,
  tenantId,
  actor,
  locationId,
  name,
  code,
  isDefault,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  locationId: string;
  name?: string;
  code?: string;
  isDefault?: true;
}) {
  return db.$transaction(async (tx) => {
    // Two locations made default at once queue here instead of both becoming default.
    await tx.$queryRaw`SELECT "id" FROM "InventoryLocation" WHERE "tenantId" = ${tenantId} AND "isDefault" FOR UPDATE`;
    const before = await tx.inventoryLocation.findFirst({
      where: { id: locationId },
      select: locationSelect,
    });
    if (!before) throw notFound('Location');
    if (code !== undefined && code !== before.code) await assertCodeFree(tx, code, locationId);
    if (isDefault && !before.isDefault) {
      if (!before.isActive) {
        throw new DomainError('CONFLICT', `Reactivate ${before.name} before making it the default`);
      }
      await tx.inventoryLocation.updateMany({
        where: { isDefault: true },
        data: { isDefault: false },
      });
    }
    const after = await tx.inventoryLocation.update({
      where: { id: locationId },
      data: { name, code, ...(isDefault ? { isDefault } : {}) },
      select: locationSelect,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.location.update',
      targetType: 'InventoryLocation',
      targetId: locationId,
      before,
      after,
    });
    return after;
  });
}
