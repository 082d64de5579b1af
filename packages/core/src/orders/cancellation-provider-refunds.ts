import type { TenantClient } from '@storeloom/db';

import { DomainError, isDomainError } from '../errors/domain-error.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import type { ProviderAccess } from '../payments/provider-access.ts';
import { refundAtProvider } from '../payments/refund-at-provider.ts';
import type { CancellationRefund } from './plan-cancellation.ts';

export type ProviderRefunds = ReadonlyMap<
  string,
  { reference: string; status: 'pending' | 'succeeded' }
>;

/**
 * Refunds the cancellation's Stripe and PayPal payments at their providers, one after the other,
 * before anything is recorded; manual payments are settled by hand and skipped. A failure stops
 * the cancellation with the provider's reason: the order is left as it was, and cancelling again
 * sends the same idempotency keys, so a refund that did go through is never made twice.
 */
export async function refundCancellationAtProviders({
  db,
  tenantId,
  currency,
  refunds,
  reason,
  access,
}: {
  db: TenantClient;
  tenantId: string;
  currency: string;
  refunds: readonly CancellationRefund[];
  reason: string;
  access: ProviderAccess | undefined;
}): Promise<ProviderRefunds> {
  const done = new Map<string, { reference: string; status: 'pending' | 'succeeded' }>();
  for (const refund of refunds) {
    if (refund.provider === 'manual') continue;
    try {
      done.set(
        refund.paymentId,
        await refundAtProvider({
          db,
          tenantId,
          payment: refund,
          amount: refund.amount,
          currency,
          idempotencyKey: refund.idempotencyKey,
          reason,
          access,
        }),
      );
    } catch (error) {
      if (!isDomainError(error)) throw error;
      const name = providerDisplayName(refund.provider);
      throw new DomainError(
        error.code,
        `The order was not cancelled: ${name} did not refund the payment. ${error.message}`,
        { ...error.details, provider: refund.provider, paymentId: refund.paymentId },
      );
    }
  }
  return done;
}
