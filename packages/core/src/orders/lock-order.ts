import type { TenantTransaction } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';

/**
 * Loads an order with a row lock held until the transaction ends. Every change to an order's
 * money, lines or status takes it first, so two admins (or an admin and a webhook) acting on one
 * order take turns instead of both reading the old state.
 */
export async function lockOrder(tx: TenantTransaction, tenantId: string, orderId: string) {
  await tx.$queryRaw`
    SELECT "id" FROM "Order" WHERE "id" = ${orderId} AND "tenantId" = ${tenantId} FOR UPDATE`;
  const order = await tx.order.findFirst({ where: { id: orderId } });
  if (!order) throw notFound('Order');
  return order;
}

export type LockedOrder = Awaited<ReturnType<typeof lockOrder>>;
