import type { FulfillmentStatus } from '@storeloom/db';

export interface FulfillableLine {
  quantity: number;
  fulfilledQuantity: number;
}

/** unfulfilled, partially_fulfilled or fulfilled, from how many units of each line have shipped. */
export function fulfillmentOf(lines: readonly FulfillableLine[]): FulfillmentStatus {
  const ordered = lines.reduce((sum, line) => sum + line.quantity, 0);
  const shipped = lines.reduce((sum, line) => sum + line.fulfilledQuantity, 0);
  if (shipped === 0) return 'unfulfilled';
  return shipped >= ordered ? 'fulfilled' : 'partially_fulfilled';
}
