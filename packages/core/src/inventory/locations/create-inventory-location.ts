import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { assertCodeFree, locationSelect } from './location-fields.ts';

/** Adds a stock location. A store's first location becomes its default. */
export async function createInventoryLocation({
  db,
  tenantId,
  actor,
  name,
  code,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  name: string;
  code: string;
}) {
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, code);
    const hasDefault = (await tx.inventoryLocation.count({ where: { isDefault: true } })) > 0;
    const location = await tx.inventoryLocation.create({
      data: { tenantId, name, code, isDefault: !hasDefault },
      select: locationSelect,
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'inventory.location.create',
      targetType: 'InventoryLocation',
      targetId: location.id,
      after: location,
    });
    return location;
  });
}
