import type { TenantClient } from '@storeloom/db';

import { notFound } from '../errors/domain-error.ts';
import { paymentStateOf, type OrderPaymentState } from './order-payment-state.ts';

/** The order's payment state now (see `paymentStateOf`). */
export async function readOrderPaymentState({
  db,
  orderId,
}: {
  db: TenantClient;
  orderId: string;
}): Promise<OrderPaymentState> {
  const order = await db.order.findFirst({
    where: { id: orderId },
    select: { status: true, paidTotal: true },
  });
  if (!order) throw notFound('Order');
  return paymentStateOf(order);
}
