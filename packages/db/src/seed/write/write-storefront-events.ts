import { seededSessionPrefix, type StorefrontEventPlan } from '../generate/storefront-events';
import { chunks, type Tx } from './tx';

/** Seeded analytics events, inserted once: their session ids mark them as the demo's. */
export async function writeStorefrontEvents(
  tx: Tx,
  { tenantId }: { tenantId: string },
  events: readonly StorefrontEventPlan[],
  ids: {
    productIdBySlug: Map<string, string>;
    variantIdBySku: Map<string, string>;
    customerIdByEmail: Map<string, string>;
    orderIdByNumber: Map<number, string>;
  },
): Promise<void> {
  const already = await tx.storefrontEvent.count({
    where: { tenantId, sessionId: { startsWith: seededSessionPrefix } },
  });
  if (already > 0) return;
  for (const batch of chunks(events, 2000)) {
    await tx.storefrontEvent.createMany({
      data: batch.map((event) => ({
        tenantId,
        type: event.type,
        sessionId: event.sessionId,
        customerId: event.customerEmail
          ? (ids.customerIdByEmail.get(event.customerEmail) ?? null)
          : null,
        productId: event.productSlug ? (ids.productIdBySlug.get(event.productSlug) ?? null) : null,
        variantId: event.sku ? (ids.variantIdBySku.get(event.sku) ?? null) : null,
        orderId:
          event.orderNumber === null ? null : (ids.orderIdByNumber.get(event.orderNumber) ?? null),
        value: event.value,
        path: event.path,
        referrer: event.referrer,
        metadata: event.metadata,
        occurredAt: event.occurredAt,
      })),
    });
  }
}
