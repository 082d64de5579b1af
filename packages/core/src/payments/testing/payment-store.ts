import type { TenantClient } from '@storeloom/db';
import type { PaymentProviderId, PaymentProviderOptions } from '@storeloom/payments';
import type { StoreFixture } from '@storeloom/testing';
import type { PaymentCaptureMode } from '@storeloom/validators';

import type { Actor } from '../../audit/actor.ts';
import type { Shopper } from '../../cart/shopper.ts';
import { placeOrder } from '../../checkout/place-order.ts';
import { setCheckoutPaymentMethod } from '../../checkout/set-checkout-payment-method.ts';
import { guestWithCart, readyCheckout } from '../../checkout/testing/shopper-checkout.ts';
import { readEncryptionKeyRing } from '../../credentials/encryption-keys.ts';
import { createStockedVariant } from '../../inventory/testing/create-stocked-variant.ts';
import { savePaymentCredential } from '../../payment-settings/save-payment-credential.ts';
import { updatePaymentSettings } from '../../payment-settings/update-payment-settings.ts';

/** Test support: the development key ring, as the embedded default uses. */
export const testKeys = readEncryptionKeyRing({ NODE_ENV: 'test' });

/** Test support: a provider pointed at a local fake, quick to give up. */
export const fakeOptions = (url: string, timeoutMs = 2_000): PaymentProviderOptions => ({
  apiBaseUrl: url,
  timeoutMs,
  maxRetries: 1,
});

export const ownerOf = (store: StoreFixture): Actor => ({
  type: 'user',
  id: store.members.owner.userId,
});

/** Test support: Stripe enabled for the store with the fake's keys. */
export async function configureStripe(
  db: TenantClient,
  store: StoreFixture,
  fake: { credentials: { secretKey: string; publishableKey: string; webhookSecret: string } },
  captureMode: PaymentCaptureMode = 'automatic',
) {
  const common = { db, tenantId: store.tenantId, actor: ownerOf(store) };
  await updatePaymentSettings({
    ...common,
    enabledProviders: ['manual', 'stripe', 'paypal'],
    captureMode,
    stripe: { publishableKey: fake.credentials.publishableKey },
  });
  for (const name of ['secretKey', 'webhookSecret'] as const) {
    await savePaymentCredential({
      ...common,
      keys: testKeys,
      provider: 'stripe',
      name,
      secret: fake.credentials[name],
    });
  }
}

/** Test support: PayPal enabled for the store with the fake's keys. */
export async function configurePayPal(
  db: TenantClient,
  store: StoreFixture,
  fake: { credentials: { clientId: string; clientSecret: string; webhookId: string } },
) {
  const common = { db, tenantId: store.tenantId, actor: ownerOf(store) };
  await updatePaymentSettings({
    ...common,
    enabledProviders: ['manual', 'stripe', 'paypal'],
    paypal: { clientId: fake.credentials.clientId, webhookId: fake.credentials.webhookId },
  });
  await savePaymentCredential({
    ...common,
    keys: testKeys,
    provider: 'paypal',
    name: 'clientSecret',
    secret: fake.credentials.clientSecret,
  });
}

/** Test support: a guest places an order through checkout, paying with `provider`. */
export async function placeOrderPaidWith(
  db: TenantClient,
  store: StoreFixture,
  provider: PaymentProviderId,
  quantity = 2,
): Promise<{ orderId: string; total: number; shopper: Shopper; variantId: string }> {
  const tenantId = store.tenantId;
  const variant = await createStockedVariant(db, {
    tenantId,
    locationId: store.ids.locationId,
    onHand: 10,
  });
  const shopper = await guestWithCart(db, tenantId, [{ variantId: variant.variantId, quantity }]);
  const checkoutId = await readyCheckout(db, tenantId, shopper);
  await setCheckoutPaymentMethod({ db, tenantId, shopper, checkoutId, provider });
  const placed = await placeOrder({
    db,
    tenantId,
    checkoutId,
    customer: null,
    cartToken: shopper.cartToken,
  });
  return { orderId: placed.orderId, total: placed.total, shopper, variantId: variant.variantId };
}
