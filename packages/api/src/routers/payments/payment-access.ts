import { type ProviderAccess, readEncryptionKeyRing } from '@storeloom/core';

/**
 * What payment procedures hand the core: the key ring for the store's stored secrets. Provider
 * endpoints come from STRIPE_API_BASE_URL / PAYPAL_API_BASE_URL (read by the core), timeouts
 * are the payments package's defaults. Read per call, so a missing key ring in production fails
 * payment calls with its message, not every request.
 */
export function paymentAccess(): ProviderAccess {
  return { keys: readEncryptionKeyRing() };
}
