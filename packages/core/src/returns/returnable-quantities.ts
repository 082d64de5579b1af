import type { TenantTransaction } from '@storeloom/db';

/** Return states that still hold their units: requested, on their way back, or done. */
export const OPEN_OR_DONE_RETURNS = ['requested', 'approved', 'received', 'refunded'] as const;

/**
 * Per order line: units delivered (in delivered shipments) and units already asked back (in
 * returns that were not rejected or cancelled). What a shopper may still return is the difference.
 */
export async function returnableQuantities(tx: TenantTransaction, orderId: string) {
  const delivered = await tx.shipmentItem.findMany({
    where: { shipment: { orderId, status: 'delivered' } },
    select: { orderItemId: true, quantity: true },
  });
  const returned = await tx.returnItem.findMany({
    where: { return: { orderId, status: { in: [...OPEN_OR_DONE_RETURNS] } } },
    select: { orderItemId: true, quantity: true },
  });
  const sum = (rows: { orderItemId: string; quantity: number }[]) => {
    const totals = new Map<string, number>();
    for (const row of rows) {
      totals.set(row.orderItemId, (totals.get(row.orderItemId) ?? 0) + row.quantity);
    }
    return totals;
  };
  return { delivered: sum(delivered), returned: sum(returned) };
}

/** Why a line cannot be returned in that quantity, or null when it can. */
export function returnRefusal(
  name: string,
  wanted: number,
  delivered: number,
  alreadyReturned: number,
): string | null {
  const left = delivered - alreadyReturned;
  if (wanted <= left) return null;
  if (delivered === 0) return `${name} has not been delivered yet`;
  if (left <= 0) return `${name} has already been returned`;
  return `You can return at most ${left} of ${name}`;
}
