import type { TenantTransaction } from '@storeloom/db';

/**
 * Units a shopper can buy of each variant in one piece: the best active location's on-hand
 * minus reserved, as reservations take a line whole from one location. Variants without a level
 * have 0.
 */
export async function readAvailability(
  tx: TenantTransaction,
  variantIds: readonly string[],
): Promise<Map<string, number>> {
  const available = new Map<string, number>(variantIds.map((id) => [id, 0]));
  if (variantIds.length === 0) return available;
  const levels = await tx.inventoryLevel.findMany({
    where: { variantId: { in: [...variantIds] }, location: { isActive: true } },
    select: { variantId: true, onHand: true, reserved: true },
  });
  for (const level of levels) {
    const free = level.onHand - level.reserved;
    available.set(level.variantId, Math.max(available.get(level.variantId) ?? 0, free));
  }
  return available;
}
