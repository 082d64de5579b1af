import type { TenantTransaction } from '@storeloom/db';

/**
 * Keeps an order's held stock held until `until`: active reservations that would end earlier
 * now end then; later ones are left alone, so extending never shortens a hold. Returns how many
 * reservations changed; running it again changes nothing.
 */
export async function extendOrderReservations(
  tx: TenantTransaction,
  { orderId, until }: { orderId: string; until: Date },
): Promise<number> {
  const { count } = await tx.inventoryReservation.updateMany({
    where: { orderId, status: 'active', expiresAt: { lt: until } },
    data: { expiresAt: until },
  });
  return count;
}
