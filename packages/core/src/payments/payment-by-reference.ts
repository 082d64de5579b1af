import type { PaymentProvider, TenantTransaction } from '@storeloom/db';

import { DomainError } from '../errors/domain-error.ts';
import { providerDisplayName } from '../payment-settings/provider-readiness.ts';

/** The store's payment a provider event is about; an unknown reference is the event's failure. */
export async function paymentByReference(
  tx: TenantTransaction,
  provider: PaymentProvider,
  reference: string,
) {
  const payment = await tx.payment.findFirst({
    where: { provider, providerReference: reference },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  if (!payment) {
    throw new DomainError(
      'NOT_FOUND',
      `No ${providerDisplayName(provider)} payment ${reference} in this store`,
      { reason: 'unknown_reference' },
    );
  }
  return payment;
}

export function assertSameCurrency(payment: { currency: string }, currency: string) {
  if (payment.currency !== currency.toUpperCase()) {
    throw new DomainError(
      'BAD_REQUEST',
      `The event is in ${currency.toUpperCase()} but the payment is in ${payment.currency}`,
    );
  }
}
