import type { PaymentProvider as PaymentProviderId, TenantClient } from '@storeloom/db';

import { DomainError, preconditionFailed } from '../errors/domain-error.ts';
import { loadPaymentProvider } from '../payment-settings/load-payment-provider.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';
import { callProvider } from './payment-error-to-domain.ts';
import type { ProviderAccess } from './provider-access.ts';

/** A Stripe or PayPal payment as stored: the provider and its own id for the payment. */
export interface ProviderPaymentRef {
  provider: PaymentProviderId;
  providerReference: string | null;
}

/**
 * Sends one refund to the payment's provider and answers its refund id; records nothing. Runs
 * outside any transaction, after the caller's checks. The idempotency key makes a retried call
 * (a lost answer, a replayed request) return the first refund instead of paying twice. Failures
 * are DomainErrors (provider unavailable, refused, not configured).
 */
export async function refundAtProvider({
  db,
  tenantId,
  payment,
  amount,
  currency,
  idempotencyKey,
  reason,
  access,
}: {
  db: TenantClient;
  tenantId: string;
  payment: ProviderPaymentRef;
  amount: number;
  currency: string;
  idempotencyKey: string;
  reason: string | null;
  access: ProviderAccess | undefined;
}): Promise<{ reference: string; status: 'pending' | 'succeeded' }> {
  const name = providerDisplayName(payment.provider);
  if (!access || !payment.providerReference) {
    throw preconditionFailed(`This ${name} payment cannot be refunded from here`);
  }
  const { providerReference } = payment;
  const provider = await loadPaymentProvider({
    db,
    tenantId,
    provider: payment.provider,
    ...access,
  });
  const refunded = await callProvider(
    () =>
      provider.refundPayment({
        reference: providerReference,
        amount,
        currency,
        idempotencyKey,
        ...(reason ? { reason } : {}),
      }),
    'merchant',
  );
  if (refunded.status === 'failed') {
    throw new DomainError('CONFLICT', `${name} refused the refund; nothing was refunded`, {
      provider: payment.provider,
    });
  }
  return { reference: refunded.refundReference, status: refunded.status };
}
