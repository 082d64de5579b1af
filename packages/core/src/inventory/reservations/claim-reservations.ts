import type { ReservationStatus, TenantTransaction } from '@storeloom/db';

export interface ClaimedReservation {
  variantId: string;
  locationId: string;
  quantity: number;
}

/**
 * Moves an order's active reservations to their final status and returns them, in one UPDATE.
 * Two concurrent claims (a commit racing a cancel, or a webhook delivered twice) queue on the row
 * locks and the second finds nothing still active: each reservation takes effect exactly once.
 */
export async function claimOrderReservations(
  tx: TenantTransaction,
  { tenantId, orderId, status }: { tenantId: string; orderId: string; status: ReservationStatus },
): Promise<ClaimedReservation[]> {
  return tx.$queryRaw<ClaimedReservation[]>`
    UPDATE "InventoryReservation"
       SET "status" = ${status}::"ReservationStatus", "updatedAt" = now()
     WHERE "tenantId" = ${tenantId} AND "orderId" = ${orderId} AND "status" = 'active'
    RETURNING "variantId", "locationId", "quantity"`;
}

/** One stock change per level, in a fixed order so concurrent writers lock rows alike. */
export function totalsByLevel(reservations: readonly ClaimedReservation[]): ClaimedReservation[] {
  const totals = new Map<string, ClaimedReservation>();
  for (const reservation of reservations) {
    const key = `${reservation.variantId}\u0000${reservation.locationId}`;
    const total = totals.get(key);
    if (total) total.quantity += reservation.quantity;
    else totals.set(key, { ...reservation });
  }
  return [...totals.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, total]) => total);
}
