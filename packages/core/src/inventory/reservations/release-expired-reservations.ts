import type { TenantClient, TenantTransaction } from '@storeloom/db';

import type { Actor } from '../../audit/actor.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { changeStockLevel } from '../change-stock-level.ts';
import { type ClaimedReservation, totalsByLevel } from './claim-reservations.ts';

/** Reservations released per transaction: keeps each transaction short on a busy store. */
const BATCH_SIZE = 200;

/**
 * Gives back the stock of every reservation whose hold ended at or before `now` (abandoned
 * checkouts). Works in batches; rows another run is releasing at the same moment are skipped, so
 * two runs never release the same reservation. Returns how many were released. With an actor (a
 * merchant pressing the button) each batch is audited.
 */
export async function releaseExpiredReservations({
  db,
  tenantId,
  now,
  actor,
}: {
  db: TenantClient;
  tenantId: string;
  now: Date;
  actor?: Actor;
}): Promise<number> {
  let released = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      const claimed = await claimExpired(tx, tenantId, now);
      for (const level of totalsByLevel(claimed)) {
        await changeStockLevel(tx, {
          tenantId,
          variantId: level.variantId,
          locationId: level.locationId,
          reservedDelta: -level.quantity,
        });
      }
      if (actor && claimed.length > 0) {
        await recordAudit(tx, {
          tenantId,
          actor,
          action: 'inventory.reservations.release_expired',
          targetType: 'InventoryReservation',
          after: { released: claimed.length, expiredBy: now },
        });
      }
      return claimed.length;
    });
    released += batch;
    if (batch < BATCH_SIZE) return released;
  }
}

async function claimExpired(
  tx: TenantTransaction,
  tenantId: string,
  now: Date,
): Promise<ClaimedReservation[]> {
  return tx.$queryRaw<ClaimedReservation[]>`
    UPDATE "InventoryReservation"
       SET "status" = 'expired', "updatedAt" = now()
     WHERE "id" IN (
             SELECT "id" FROM "InventoryReservation"
              WHERE "tenantId" = ${tenantId} AND "status" = 'active' AND "expiresAt" <= ${now}
              ORDER BY "expiresAt"
              LIMIT ${BATCH_SIZE}
                FOR UPDATE SKIP LOCKED)
       AND "status" = 'active'
    RETURNING "variantId", "locationId", "quantity"`;
}
