import type { OrderStatus, TenantClient } from '@storeloom/db';

import { systemActor } from '../audit/actor.ts';
import { commitReservations } from '../inventory/reservations/commit-reservations.ts';
import { lockOrder } from './lock-order.ts';
import { moveOrderStatus } from './move-order-status.ts';

/** Statuses of an order the shop has accepted and is working on or has done. */
const CONFIRMED: readonly OrderStatus[] = [
  'processing',
  'partially_fulfilled',
  'fulfilled',
  'delivered',
];

export interface OrderConfirmation {
  /** True when the order is (now or already) accepted: processing or further along. */
  confirmed: boolean;
  status: OrderStatus;
}

/**
 * The order is paid: the shop accepts it (paid → processing, the status a merchant works from)
 * and its held stock is sold. Committing is idempotent, so stock a capture already committed is
 * not taken twice. An order already further along is left as it is; a cancelled or refunded
 * one is not confirmed.
 */
export async function confirmPaidOrder({
  db,
  tenantId,
  orderId,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
}): Promise<OrderConfirmation> {
  return db.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, orderId);
    if (order.status !== 'paid') {
      return { confirmed: CONFIRMED.includes(order.status), status: order.status };
    }
    await commitReservations(tx, { tenantId, orderId: order.id, actorId: systemActor.id });
    await moveOrderStatus(tx, {
      tenantId,
      orderId: order.id,
      from: 'paid',
      to: 'processing',
      actorId: systemActor.id,
    });
    return { confirmed: true, status: 'processing' };
  });
}
