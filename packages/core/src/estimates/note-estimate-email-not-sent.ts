import type { TenantClient } from '@storeloom/db';

import { addOrderEvent } from '../orders/order-timeline.ts';

export const ESTIMATE_EMAIL_NOT_SENT = 'estimate.email_not_sent';

/**
 * The estimate-to-order workflow's compensation when the customer could not be emailed: the
 * order stands (the customer accepted it), and its timeline says the acceptance email with the
 * invoice did not go out, so the merchant follows up. Written once per order.
 */
export async function noteEstimateEmailNotSent({
  db,
  tenantId,
  orderId,
  reason,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
  reason: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const noted = await tx.orderEvent.findFirst({
      where: { orderId, type: ESTIMATE_EMAIL_NOT_SENT },
      select: { id: true },
    });
    if (noted) return;
    await addOrderEvent(tx, {
      tenantId,
      orderId,
      type: ESTIMATE_EMAIL_NOT_SENT,
      message: `The customer was not emailed the invoice for this order: ${reason}`.slice(0, 500),
      data: { reason: reason.slice(0, 500) },
    });
  });
}
