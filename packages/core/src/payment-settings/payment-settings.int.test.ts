import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startStripeFake, type StripeFake } from '@storeloom/testing';
import { useTwoStoreDatabase } from '@storeloom/testing/vitest';

import { setCheckoutPaymentMethod } from '../checkout/set-checkout-payment-method.ts';
import { guestWithCart, readyCheckout } from '../checkout/testing/shopper-checkout.ts';
import { createStockedVariant } from '../inventory/testing/create-stocked-variant.ts';
import { configureStripe, ownerOf, testKeys } from '../payments/testing/payment-store.ts';
import { getPaymentSettings } from './get-payment-settings.ts';
import { listCheckoutPaymentMethods } from './list-checkout-payment-methods.ts';
import { loadPaymentProvider } from './load-payment-provider.ts';
import { removePaymentCredential } from './remove-payment-credential.ts';
import { savePaymentCredential } from './save-payment-credential.ts';
import { updatePaymentSettings } from './update-payment-settings.ts';

const setup = useTwoStoreDatabase();
const storeA = () => setup.fixture.storeA;
const storeB = () => setup.fixture.storeB;
const tenantId = () => storeA().tenantId;
const db = () => setup.database.forTenant(tenantId());
const methodsOf = (store = storeA()) =>
  setup.database
    .forTenant(store.tenantId)
    .$transaction((tx) => listCheckoutPaymentMethods({ db: tx, tenantId: store.tenantId }));
const snapshot = async () => ({
  settings: await db().tenantSetting.findMany(),
  credentials: await db().credential.findMany({ orderBy: { name: 'asc' } }),
});

let stripe: StripeFake;
beforeAll(async () => {
  stripe = await startStripeFake();
});
afterAll(async () => {
  await stripe.close();
});

describe('payment settings', () => {
  it('takes manual payments by default, with card providers listed as not configured', async () => {
    const view = await getPaymentSettings({ db: db(), tenantId: tenantId() });
    expect(view.captureMode).toBe('automatic');
    const byId = Object.fromEntries(view.providers.map((p) => [p.id, p]));
    expect(byId.manual).toMatchObject({ enabled: true, configured: true, missing: [] });
    expect(byId.stripe).toMatchObject({
      enabled: false,
      configured: false,
      missing: ['Secret key', 'Webhook signing secret', 'Publishable key'],
    });
    expect(await methodsOf()).toEqual([
      expect.objectContaining({ provider: 'manual', instructions: null }),
    ]);
  });

  it('keeps an enabled provider out of checkout until every credential is stored', async () => {
    const actor = ownerOf(storeA());
    await updatePaymentSettings({
      db: db(),
      tenantId: tenantId(),
      actor,
      enabledProviders: ['manual', 'stripe'],
      manualInstructions: 'Pay by bank transfer to IBAN X',
      stripe: { publishableKey: stripe.publishableKey },
    });
    await savePaymentCredential({
      db: db(),
      tenantId: tenantId(),
      actor,
      keys: testKeys,
      provider: 'stripe',
      name: 'secretKey',
      secret: stripe.secretKey,
    });
    expect((await methodsOf()).map((m) => m.provider)).toEqual(['manual']);

    // A checkout cannot choose it either: a 4xx with a sentence, and the checkout unchanged.
    const variant = await createStockedVariant(db(), {
      tenantId: tenantId(),
      locationId: storeA().ids.locationId,
      onHand: 5,
    });
    const shopper = await guestWithCart(db(), tenantId(), [
      { variantId: variant.variantId, quantity: 1 },
    ]);
    const checkoutId = await readyCheckout(db(), tenantId(), shopper);
    await expect(
      setCheckoutPaymentMethod({
        db: db(),
        tenantId: tenantId(),
        shopper,
        checkoutId,
        provider: 'stripe',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Stripe is not available in this store; choose another payment method',
    });
    expect(
      (await db().checkoutSession.findFirstOrThrow({ where: { id: checkoutId } })).paymentProvider,
    ).toBe('manual');
    await expect(
      loadPaymentProvider({ db: db(), tenantId: tenantId(), provider: 'stripe', keys: testKeys }),
    ).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: 'Stripe is not configured for this store',
      details: { missing: ['Webhook signing secret'] },
    });

    await savePaymentCredential({
      db: db(),
      tenantId: tenantId(),
      actor,
      keys: testKeys,
      provider: 'stripe',
      name: 'webhookSecret',
      secret: stripe.webhookSecret,
    });
    expect(await methodsOf()).toEqual([
      {
        provider: 'manual',
        displayName: expect.any(String) as string,
        instructions: 'Pay by bank transfer to IBAN X',
      },
      { provider: 'stripe', displayName: 'Stripe', publishableKey: stripe.publishableKey },
    ]);
    await setCheckoutPaymentMethod({
      db: db(),
      tenantId: tenantId(),
      shopper,
      checkoutId,
      provider: 'stripe',
    });
    // Another store's settings are its own.
    expect((await methodsOf(storeB())).map((m) => m.provider)).toEqual(['manual']);

    await removePaymentCredential({
      db: db(),
      tenantId: tenantId(),
      actor,
      provider: 'stripe',
      name: 'webhookSecret',
    });
    expect((await methodsOf()).map((m) => m.provider)).toEqual(['manual']);
  });

  it('never returns or audits a secret, only its mask', async () => {
    await configureStripe(db(), storeA(), stripe);
    const view = await getPaymentSettings({ db: db(), tenantId: tenantId() });
    const stripeView = view.providers.find((p) => p.id === 'stripe');
    expect(stripeView).toMatchObject({ enabled: true, configured: true, missing: [] });
    expect(stripeView?.fields.find((f) => f.name === 'secretKey')).toMatchObject({
      value: null,
      hint: `••••${stripe.secretKey.slice(-4)}`,
    });
    expect(stripeView?.fields.find((f) => f.name === 'publishableKey')?.value).toBe(
      stripe.publishableKey,
    );
    expect(JSON.stringify(view)).not.toContain(stripe.secretKey);
    expect(JSON.stringify(view)).not.toContain(stripe.webhookSecret);

    const audits = await db().auditLog.findMany({
      where: {
        action: { in: ['payments.settings_updated', 'credential.saved', 'credential.replaced'] },
      },
    });
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'payments.settings_updated',
        'credential.saved',
        'credential.replaced',
      ]),
    );
    const logged = JSON.stringify(audits);
    expect(logged).not.toContain(stripe.secretKey);
    expect(logged).not.toContain(stripe.webhookSecret);
    const stored = JSON.stringify(await db().credential.findMany());
    expect(stored).not.toContain(stripe.secretKey);

    const provider = await loadPaymentProvider({
      db: db(),
      tenantId: tenantId(),
      provider: 'stripe',
      keys: testKeys,
    });
    expect(provider.id).toBe('stripe');
  });

  it('keeps a malformed public key out of checkout and says why', async () => {
    const common = { db: db(), tenantId: tenantId(), actor: ownerOf(storeA()) };
    const view = await updatePaymentSettings({
      ...common,
      stripe: { publishableKey: stripe.secretKey },
    });
    expect(view.providers.find((p) => p.id === 'stripe')).toMatchObject({
      configured: false,
      missing: [],
      invalid: ['The publishable key starts with pk_: copy it again from the Stripe dashboard.'],
    });
    expect((await methodsOf()).map((m) => m.provider)).not.toContain('stripe');
    await updatePaymentSettings({ ...common, stripe: { publishableKey: stripe.publishableKey } });
    expect((await methodsOf()).map((m) => m.provider)).toContain('stripe');
  });

  it('refuses unknown secrets, malformed secrets and an empty method list, changing nothing', async () => {
    const common = { db: db(), tenantId: tenantId(), actor: ownerOf(storeA()) };
    const before = await snapshot();
    await expect(updatePaymentSettings({ ...common, enabledProviders: [] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Keep at least one payment method enabled',
    });
    await expect(
      savePaymentCredential({
        ...common,
        keys: testKeys,
        provider: 'stripe',
        name: 'clientSecret',
        secret: 'sk_test_123456789',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Stripe has no secret called "clientSecret"',
    });
    await expect(
      savePaymentCredential({
        ...common,
        keys: testKeys,
        provider: 'stripe',
        name: 'secretKey',
        secret: 'pk_test_not_a_secret_key',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'The secret key starts with sk_ or rk_: copy it again from the Stripe dashboard.',
    });
    expect(await snapshot()).toEqual(before);
  });
});
