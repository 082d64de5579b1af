import type { PaymentProviderOptions } from '@storeloom/payments';

import type { EncryptionKeyRing } from '../credentials/encryption-keys.ts';

/**
 * What a payment operation needs besides the database: the key ring that opens the store's
 * stored secrets, and how to reach the provider (tests point `apiBaseUrl` at the local fakes).
 */
export interface ProviderAccess {
  keys: EncryptionKeyRing;
  options?: PaymentProviderOptions;
}
