import type { TenantClient } from '@storeloom/db';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadZone } from './zone-view.ts';

/** Deletes a zone and its rates; addresses it covered fall to the next matching zone. */
export async function deleteShippingZone({
  db,
  tenantId,
  actor,
  zoneId,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  zoneId: string;
}) {
  return db.$transaction(async (tx) => {
    const before = await loadZone(tx, zoneId);
    await tx.shippingZone.delete({ where: { id: zoneId } });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.zone.delete',
      targetType: 'ShippingZone',
      targetId: zoneId,
      before,
    });
    return { zoneId };
  });
}
