import type { TenantTransaction } from '@storeloom/db';
import type { PaymentProviderId } from '@storeloom/payments';

import {
  providerDisplayName,
  providerReadiness,
  secretNamesByProvider,
} from './provider-readiness.ts';
import { readPaymentSettings } from './read-payment-settings.ts';

/** What checkout may show of a method: public data only. */
export type CheckoutPaymentMethod =
  | { provider: 'manual'; displayName: string; instructions: string | null }
  | { provider: 'stripe'; displayName: string; publishableKey: string }
  | {
      provider: 'paypal';
      displayName: string;
      clientId: string;
      environment: 'sandbox' | 'live';
    };

/**
 * The methods a shopper can pay with: enabled by the merchant and fully configured. A provider
 * missing a key simply does not appear.
 */
export async function listCheckoutPaymentMethods({
  db,
  tenantId,
}: {
  db: TenantTransaction;
  tenantId: string;
}): Promise<CheckoutPaymentMethod[]> {
  const settings = await readPaymentSettings(db, tenantId);
  const secrets = await db.credential.findMany({
    where: { provider: { in: ['stripe', 'paypal'] } },
    select: { provider: true, name: true },
  });
  const storedSecrets = secretNamesByProvider(secrets);
  const ready = (id: PaymentProviderId) =>
    settings.enabledProviders.includes(id) &&
    providerReadiness(settings, id, storedSecrets(id)).configured;

  const methods: CheckoutPaymentMethod[] = [];
  if (ready('manual')) {
    methods.push({
      provider: 'manual',
      displayName: providerDisplayName('manual'),
      instructions: settings.manualInstructions || null,
    });
  }
  if (ready('stripe') && settings.stripe.publishableKey) {
    methods.push({
      provider: 'stripe',
      displayName: providerDisplayName('stripe'),
      publishableKey: settings.stripe.publishableKey,
    });
  }
  if (ready('paypal') && settings.paypal.clientId) {
    methods.push({
      provider: 'paypal',
      displayName: providerDisplayName('paypal'),
      clientId: settings.paypal.clientId,
      environment: settings.paypal.environment,
    });
  }
  return methods;
}
