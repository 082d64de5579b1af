import type { TenantClient } from '@storeloom/db';

import { loadEmailBranding } from '../email/load-email-branding.ts';
import { notFound } from '../errors/domain-error.ts';

export interface OrderRecipient {
  orderId: string;
  orderNumber: number;
  email: string;
  /** The shopper's first name, for the greeting; undefined greets without a name. */
  customerName: string | undefined;
  currency: string;
  /** The order on the storefront (the shopper's account pages), when the store has a domain. */
  orderUrl: string | undefined;
}

/** Who an order's emails go to, and how they address and link back to it. */
export async function loadOrderRecipient({
  db,
  tenantId,
  orderId,
}: {
  db: TenantClient;
  tenantId: string;
  orderId: string;
}): Promise<OrderRecipient> {
  const order = await db.order.findFirst({
    where: { id: orderId },
    select: {
      id: true,
      number: true,
      email: true,
      currency: true,
      customer: { select: { firstName: true } },
    },
  });
  if (!order) throw notFound('Order');
  const { branding } = await loadEmailBranding({ db, tenantId });
  return {
    orderId: order.id,
    orderNumber: order.number,
    email: order.email,
    customerName: order.customer?.firstName ?? undefined,
    currency: order.currency,
    orderUrl: branding.storeUrl ? `${branding.storeUrl}/account/orders/${order.id}` : undefined,
  };
}
