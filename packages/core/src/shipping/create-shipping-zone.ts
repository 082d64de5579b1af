import type { TenantClient } from '@storeloom/db';
import type { CreateShippingZoneInput } from '@storeloom/validators';

import type { Actor } from '../audit/actor.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { loadZone } from './zone-view.ts';

/** Adds a zone; without a position it goes last, so existing matches do not change. */
export async function createShippingZone({
  db,
  tenantId,
  actor,
  input,
}: {
  db: TenantClient;
  tenantId: string;
  actor: Actor;
  input: CreateShippingZoneInput;
}) {
  return db.$transaction(async (tx) => {
    const last = await tx.shippingZone.aggregate({ _max: { position: true } });
    const created = await tx.shippingZone.create({
      data: {
        tenantId,
        name: input.name,
        countries: [...new Set(input.countries)],
        regions: [...new Set(input.regions)],
        position: input.position ?? (last._max.position ?? -1) + 1,
      },
    });
    await recordAudit(tx, {
      tenantId,
      actor,
      action: 'shipping.zone.create',
      targetType: 'ShippingZone',
      targetId: created.id,
      after: created,
    });
    return loadZone(tx, created.id);
  });
}
