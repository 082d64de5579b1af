import type { TenantClient } from '@storeloom/db';
import type { UpdateShippingZoneInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadZone } from './zone-view.ts';

/** Renames a zone, changes where it ships, or moves it in the matching order. */
export async function updateShippingZone({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: UpdateShippingZoneInput;
}) {
  return db.$transaction(async (tx) => {
    const { zoneId } = input;
    const { rates: _rates, ...before } = await loadZone(tx, zoneId);
    const after = await tx.shippingZone.update({
      where: { id: zoneId },
      data: {
        name: input.name,
        position: input.position,
        countries: input.countries ? [...new Set(input.countries)] : undefined,
        regions: input.regions ? [...new Set(input.regions)] : undefined,
      },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.zone.update',
      targetType: 'ShippingZone',
      targetId: zoneId,
      before,
      after,
    });
    return loadZone(tx, zoneId);
  });
}
