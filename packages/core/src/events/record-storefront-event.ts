import type { StorefrontEventType, TenantClient } from '@storeloom/db';

/** One storefront event; the store comes from the scoped client, never from the event. */
export interface StorefrontEventRecord {
  type: StorefrontEventType;
  /** The visit: the anonymous visitor id, or a stand-in derived from the cart. */
  sessionId: string;
  customerId?: string | null;
  productId?: string | null;
  variantId?: string | null;
  orderId?: string | null;
  /** Money value in the store currency (minor units): units added, checkout total, order total. */
  value?: number | null;
  path?: string | null;
  referrer?: string | null;
  metadata?: Record<string, string | number | boolean>;
}

/**
 * Stores a storefront event for analytics and recommendations. Callers pass ids they derived on
 * the server (a variant just added, an order just placed); ids from a browser go through
 * `recordPageEvent`, which checks them first.
 */
export async function recordStorefrontEvent({
  db,
  tenantId,
  event,
}: {
  db: TenantClient;
  tenantId: string;
  event: StorefrontEventRecord;
}): Promise<void> {
  await db.storefrontEvent.create({
    data: {
      tenantId,
      type: event.type,
      sessionId: event.sessionId,
      customerId: event.customerId ?? null,
      productId: event.productId ?? null,
      variantId: event.variantId ?? null,
      orderId: event.orderId ?? null,
      value: event.value ?? null,
      path: event.path ?? null,
      referrer: event.referrer ?? null,
      metadata: event.metadata ?? {},
    },
  });
}
