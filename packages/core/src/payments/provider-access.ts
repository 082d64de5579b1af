import type { PaymentProviderOptions } from '@storeloom/payments';

import type { EncryptionKeyRing } from '../credentials/encryption-keys.ts';

/**
 * What a payment operation needs besides the database: the key ring that opens the store's
 * stored secrets, and how to reach the provider. Without `apiBaseUrl` the endpoint comes from
 * STRIPE_API_BASE_URL / PAYPAL_API_BASE_URL (`provider-endpoints.ts`); tests pass the fakes'.
 */
export interface ProviderAccess {
  keys: EncryptionKeyRing;
  options?: PaymentProviderOptions;
}
