import type { TenantClient, TenantTransaction } from '@storeloom/db';
import type { PaymentProviderId, VerifiedPaymentEvent } from '@storeloom/payments';

import { isDomainError, notFound } from '../errors/domain-error.ts';
import { lockOrder } from '../orders/lock-order.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import type { AppliedEvent, CompensationNeeded } from './applied-event.ts';
import { applyPaymentFailed } from './apply-payment-failed.ts';
import { applyPaymentRefunded } from './apply-payment-refunded.ts';
import { applyPaymentSucceeded } from './apply-payment-succeeded.ts';
import { compensateLatePayment } from './compensate-late-payment.ts';
import { callProvider } from './payment-error-to-domain.ts';
import type { ProviderAccess } from './provider-access.ts';
import { insertWebhookEvent, lockWebhookEvent } from './webhook-events.ts';

export interface WebhookReceipt {
  eventId: string;
  /**
   * `duplicate`: already handled (a replay); `deferred`: kept until it can apply; `failed`: it
   * can never apply (unknown payment, cancelled order), recorded with the reason.
   */
  status: 'processed' | 'ignored' | 'deferred' | 'failed' | 'duplicate';
  message: string | null;
}

/**
 * One webhook delivery: verified by the provider (a bad signature is BAD_REQUEST with
 * `details.reason` 'invalid_signature', and nothing is written), recorded once per event id, and
 * applied exactly once whatever the number and order of deliveries. Errors that are not domain
 * errors (the database is down) propagate, so the endpoint answers 500 and the provider retries;
 * the event is still `received` then and the retry applies it. A payment that succeeded for an
 * order cancelled meanwhile is refunded through the provider (`compensateLatePayment`); when the
 * provider cannot be reached that is UNAVAILABLE (503), and the provider's next delivery tries
 * again with the same refund key.
 */
export async function receivePaymentWebhook({
  db,
  tenantId,
  provider,
  rawBody,
  headers,
  keys,
  options,
}: ProviderAccess & {
  db: TenantClient;
  tenantId: string;
  provider: PaymentProviderId;
  rawBody: string;
  headers: Headers;
}): Promise<WebhookReceipt> {
  if (provider === 'manual') throw notFound('Webhook endpoint');
  const verifier = await loadPaymentProvider({ db, tenantId, provider, keys, options });
  const event = await callProvider(() => verifier.verifyWebhook({ rawBody, headers }), 'merchant');
  await insertWebhookEvent(db, tenantId, { ...event, provider });
  try {
    const applied = await db.$transaction((tx) => applyOnce(tx, tenantId, { ...event, provider }));
    if (applied.status !== 'compensate') return applied;
    return await compensateLatePayment({
      db,
      tenantId,
      provider: verifier,
      eventId: event.eventId,
      late: applied.payment,
    });
  } catch (error) {
    // Unreachable provider: keep the event received so the provider's retry completes it.
    if (!isDomainError(error) || error.code === 'UNAVAILABLE') throw error;
    const message = error.message.slice(0, 1000);
    await db.webhookEvent.updateMany({
      where: { provider, eventId: event.eventId, status: 'received' },
      data: { status: 'failed', error: message, processedAt: new Date() },
    });
    return { eventId: event.eventId, status: 'failed', message };
  }
}

/**
 * Locks in a fixed order (the order, then the event row) so deliveries of different events of
 * one payment queue rather than deadlock, then applies the event if still unapplied. A payment
 * for a cancelled order comes back as CompensationNeeded with nothing written.
 */
async function applyOnce(
  tx: TenantTransaction,
  tenantId: string,
  event: VerifiedPaymentEvent,
): Promise<WebhookReceipt | CompensationNeeded> {
  const { provider, eventId, effect } = event;
  if (effect.kind !== 'ignored') {
    const owner = await tx.payment.findFirst({
      where: { provider, providerReference: effect.reference },
      select: { orderId: true },
    });
    if (owner) await lockOrder(tx, tenantId, owner.orderId);
  }
  const row = await lockWebhookEvent(tx, { tenantId, provider, eventId });
  if (!row || row.status !== 'received') {
    return { eventId, status: 'duplicate', message: null };
  }
  const applied = await apply(tx, tenantId, event);
  if (applied.status === 'compensate') return applied;
  if (applied.status !== 'deferred') {
    await tx.webhookEvent.update({
      where: { id: row.id },
      data: { status: applied.status, error: applied.note, processedAt: new Date() },
    });
  }
  return { eventId, status: applied.status, message: applied.note };
}

function apply(
  tx: TenantTransaction,
  tenantId: string,
  { provider, eventId, effect }: VerifiedPaymentEvent,
): Promise<AppliedEvent | CompensationNeeded> {
  switch (effect.kind) {
    case 'ignored':
      return Promise.resolve({ status: 'ignored', note: effect.reason.slice(0, 1000) });
    case 'payment_succeeded':
      return applyPaymentSucceeded(tx, { tenantId, provider, effect });
    case 'payment_failed':
      return applyPaymentFailed(tx, { tenantId, provider, effect });
    case 'payment_refunded':
      return applyPaymentRefunded(tx, { tenantId, provider, eventId, effect });
  }
}
