import type { PaymentProvider, Prisma, TenantClient, TenantTransaction } from '@storeloom/db';
import type { PaymentEventEffect, VerifiedPaymentEvent } from '@storeloom/payments';
import { z } from 'zod';

/**
 * What a WebhookEvent row keeps: the verified effect (so an event applied later, such as a refund
 * that arrived before its payment succeeded, needs no second verification) and the provider's
 * body for support.
 */
export function storedPayload(event: VerifiedPaymentEvent): Prisma.InputJsonObject {
  const stored: unknown = JSON.parse(
    JSON.stringify({ effect: event.effect, body: event.payload ?? null }),
  );
  return jsonObject.parse(stored);
}

const jsonObject = z.record(z.string(), z.json());

const storedRefundEffect = z.object({
  effect: z.object({
    kind: z.literal('payment_refunded'),
    reference: z.string(),
    refundReference: z.string().nullable(),
    refundedTotal: z.number().int().min(0),
    currency: z.string(),
  }),
});

/** The refund effect of a stored event, or null for any other kind. */
export function storedRefundEffectOf(
  payload: Prisma.JsonValue,
): Extract<PaymentEventEffect, { kind: 'payment_refunded' }> | null {
  const parsed = storedRefundEffect.safeParse(payload);
  return parsed.success ? parsed.data.effect : null;
}

/**
 * Records the delivery once: the (store, provider, event id) unique key turns a replay, or a
 * parallel duplicate, into a no-op.
 */
export async function insertWebhookEvent(
  db: TenantClient,
  tenantId: string,
  event: VerifiedPaymentEvent,
): Promise<void> {
  await db.webhookEvent.createMany({
    data: [
      {
        tenantId,
        provider: event.provider,
        eventId: event.eventId,
        type: event.type.slice(0, 200),
        payload: storedPayload(event),
      },
    ],
    skipDuplicates: true,
  });
}

/** Holds the event row until the transaction ends: parallel deliveries apply it one at a time. */
export async function lockWebhookEvent(
  tx: TenantTransaction,
  { tenantId, provider, eventId }: { tenantId: string; provider: PaymentProvider; eventId: string },
) {
  const row = await tx.webhookEvent.findUnique({
    where: { tenantId_provider_eventId: { tenantId, provider, eventId } },
    select: { id: true },
  });
  if (!row) return null;
  await tx.$queryRaw`
    SELECT "id" FROM "WebhookEvent" WHERE "id" = ${row.id} AND "tenantId" = ${tenantId} FOR UPDATE`;
  return tx.webhookEvent.findUniqueOrThrow({
    where: { id: row.id },
    select: { id: true, status: true, payload: true },
  });
}
